package vigil.aws.documentdb.documentdb_cluster_audit_logs_enabled_test

import data.vigil.aws.documentdb.documentdb_cluster_audit_logs_enabled

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.cluster", "id": "c1", "uid": "arn:aws:rds:us-east-1:111122223333:cluster:c1", "name": "c1", "tags": {},
	"attributes": attributes,
}

test_exported_passes if {
	result := documentdb_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "docdb", "EnabledCloudwatchLogsExports": ["audit", "profiler"]})}
	count(result) == 0
}

test_profiler_only_fails if {
	result := documentdb_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "docdb", "EnabledCloudwatchLogsExports": ["profiler"]})}
	count(result) == 1
}

test_none_fails if {
	result := documentdb_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "docdb"})}
	count(result) == 1
}

test_aurora_not_judged if {
	result := documentdb_cluster_audit_logs_enabled.deny with input as {"resource": resource({"Engine": "aurora-postgresql", "EnabledCloudwatchLogsExports": []})}
	count(result) == 0
}
