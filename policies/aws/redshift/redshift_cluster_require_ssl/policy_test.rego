package vigil.aws.redshift.redshift_cluster_require_ssl_test

import data.vigil.aws.redshift.redshift_cluster_require_ssl

clean := {"ClusterIdentifier": "analytics", "PubliclyAccessible": false, "Encrypted": true, "AutomatedSnapshotRetentionPeriod": 7, "ClusterParameterGroups": [{"ParameterGroupName": "secure", "ParameterApplyStatus": "in-sync"}], "LoggingStatus": {"LoggingEnabled": true, "LogDestinationType": "s3", "BucketName": "audit"}, "RequireSsl": "true"}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "redshift",
	"type": "aws.redshift.cluster", "id": "analytics", "uid": "arn:aws:redshift:us-east-1:111122223333:cluster:analytics", "name": "analytics", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := redshift_cluster_require_ssl.deny with input as {"resource": resource(attributes)}
}

test_required_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_upper_case_true_passes if {
	count(deny(object.union(clean, {"RequireSsl": "TRUE"}))) == 0
}

test_false_fails if {
	result := deny(object.union(clean, {"RequireSsl": "false"}))
	count(result) == 1
	some r in result
	r.evidence["RequireSsl"] == "false"
}

test_unset_fails if {
	result := deny(object.union(clean, {"RequireSsl": null}))
	count(result) == 1
}

test_not_collected_gives_no_finding if {
	count(deny(object.remove(clean, ["RequireSsl"]))) == 0
}
