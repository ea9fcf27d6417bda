package vigil.aws.documentdb.documentdb_cluster_backup_retention_test

import data.vigil.aws.documentdb.documentdb_cluster_backup_retention

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.cluster", "id": "c1", "uid": "arn:aws:rds:us-east-1:111122223333:cluster:c1", "name": "c1", "tags": {},
	"attributes": attributes,
}

test_seven_passes if {
	result := documentdb_cluster_backup_retention.deny with input as {"resource": resource({"Engine": "docdb", "BackupRetentionPeriod": 7})}
	count(result) == 0
}

test_one_fails if {
	result := documentdb_cluster_backup_retention.deny with input as {"resource": resource({"Engine": "docdb", "BackupRetentionPeriod": 1})}
	count(result) == 1
}

test_neptune_not_judged if {
	result := documentdb_cluster_backup_retention.deny with input as {"resource": resource({"Engine": "neptune", "BackupRetentionPeriod": 1})}
	count(result) == 0
}
