package vigil.aws.redshift.redshift_cluster_not_publicly_accessible_test

import data.vigil.aws.redshift.redshift_cluster_not_publicly_accessible

clean := {"ClusterIdentifier": "analytics", "PubliclyAccessible": false, "Encrypted": true, "AutomatedSnapshotRetentionPeriod": 7, "ClusterParameterGroups": [{"ParameterGroupName": "secure", "ParameterApplyStatus": "in-sync"}], "LoggingStatus": {"LoggingEnabled": true, "LogDestinationType": "s3", "BucketName": "audit"}, "RequireSsl": "true"}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "redshift",
	"type": "aws.redshift.cluster", "id": "analytics", "uid": "arn:aws:redshift:us-east-1:111122223333:cluster:analytics", "name": "analytics", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := redshift_cluster_not_publicly_accessible.deny with input as {"resource": resource(attributes)}
}

test_private_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_public_fails if {
	result := deny(object.union(clean, {"PubliclyAccessible": true}))
	count(result) == 1
	some r in result
	r.evidence["PubliclyAccessible"] == true
}

test_absent_attribute_gives_no_finding if {
	count(deny(object.remove(clean, ["PubliclyAccessible"]))) == 0
}
