package vigil.aws.neptune.neptune_cluster_audit_logs_enabled_test

import data.vigil.aws.neptune.neptune_cluster_audit_logs_enabled

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.cluster", "id": "c1", "uid": "arn:aws:rds:us-east-1:111122223333:cluster:c1", "name": "c1", "tags": {},
	"attributes": attributes,
}

test_exported_passes if {
	result := neptune_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "neptune", "EnabledCloudwatchLogsExports": ["audit"]})}
	count(result) == 0
}

test_empty_fails if {
	result := neptune_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "neptune", "EnabledCloudwatchLogsExports": []})}
	count(result) == 1
}

test_docdb_not_judged if {
	result := neptune_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "docdb", "EnabledCloudwatchLogsExports": ["audit"]})}
	count(result) == 0
}
