package vigil.aws.redshift.redshift_cluster_automated_snapshots_test

import data.vigil.aws.redshift.redshift_cluster_automated_snapshots

clean := {"ClusterIdentifier": "analytics", "PubliclyAccessible": false, "Encrypted": true, "AutomatedSnapshotRetentionPeriod": 7, "ClusterParameterGroups": [{"ParameterGroupName": "secure", "ParameterApplyStatus": "in-sync"}], "LoggingStatus": {"LoggingEnabled": true, "LogDestinationType": "s3", "BucketName": "audit"}, "RequireSsl": "true"}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "redshift",
	"type": "aws.redshift.cluster", "id": "analytics", "uid": "arn:aws:redshift:us-east-1:111122223333:cluster:analytics", "name": "analytics", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := redshift_cluster_automated_snapshots.deny with input as {"resource": resource(attributes)}
}

test_seven_days_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_one_day_passes if {
	count(deny(object.union(clean, {"AutomatedSnapshotRetentionPeriod": 1}))) == 0
}

test_zero_fails if {
	result := deny(object.union(clean, {"AutomatedSnapshotRetentionPeriod": 0}))
	count(result) == 1
	some r in result
	r.evidence["AutomatedSnapshotRetentionPeriod"] == 0
}

test_absent_counts_as_off if {
	result := deny(object.remove(clean, ["AutomatedSnapshotRetentionPeriod"]))
	count(result) == 1
}
