package vigil.aws.dynamodb.dynamodb_table_pitr_enabled_test

import data.vigil.aws.dynamodb.dynamodb_table_pitr_enabled

backups(status) := {"ContinuousBackupsStatus": "ENABLED", "PointInTimeRecoveryDescription": {"PointInTimeRecoveryStatus": status}}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "dynamodb",
	"type": "aws.dynamodb.table", "id": "orders", "uid": "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
	"name": "orders", "tags": {}, "attributes": object.union({"TableName": "orders", "Table": {"TableName": "orders"}}, attributes),
}

deny(attributes) := result if {
	result := dynamodb_table_pitr_enabled.deny with input as {"resource": resource(attributes)}
}

test_enabled_passes if {
	count(deny({"ContinuousBackups": backups("ENABLED")})) == 0
}

test_disabled_fails if {
	result := deny({"ContinuousBackups": backups("DISABLED")})
	count(result) == 1
	some r in result
	r.evidence["ContinuousBackups.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus"] == "DISABLED"
}

test_missing_pitr_description_fails if {
	count(deny({"ContinuousBackups": {"ContinuousBackupsStatus": "ENABLED"}})) == 1
}

test_not_collected_gives_no_finding if {
	count(deny({})) == 0
}
