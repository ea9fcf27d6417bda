package vigil.aws.redshift.redshift_cluster_audit_logging_test

import data.vigil.aws.redshift.redshift_cluster_audit_logging

clean := {"ClusterIdentifier": "analytics", "PubliclyAccessible": false, "Encrypted": true, "AutomatedSnapshotRetentionPeriod": 7, "ClusterParameterGroups": [{"ParameterGroupName": "secure", "ParameterApplyStatus": "in-sync"}], "LoggingStatus": {"LoggingEnabled": true, "LogDestinationType": "s3", "BucketName": "audit"}, "RequireSsl": "true"}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "redshift",
	"type": "aws.redshift.cluster", "id": "analytics", "uid": "arn:aws:redshift:us-east-1:111122223333:cluster:analytics", "name": "analytics", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := redshift_cluster_audit_logging.deny with input as {"resource": resource(attributes)}
}

test_enabled_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_disabled_fails if {
	result := deny(object.union(clean, {"LoggingStatus": {"LoggingEnabled": false}}))
	count(result) == 1
	some r in result
	r.evidence["LoggingStatus.LoggingEnabled"] == false
}

test_not_collected_gives_no_finding if {
	count(deny(object.remove(clean, ["LoggingStatus"]))) == 0
}
