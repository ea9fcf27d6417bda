package vigil.aws.dynamodb.dynamodb_table_deletion_protection_test

import data.vigil.aws.dynamodb.dynamodb_table_deletion_protection

resource(table) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "dynamodb",
	"type": "aws.dynamodb.table", "id": "orders", "uid": "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
	"name": "orders", "tags": {}, "attributes": {"TableName": "orders", "Table": object.union({"TableName": "orders"}, table)},
}

deny(table) := result if {
	result := dynamodb_table_deletion_protection.deny with input as {"resource": resource(table)}
}

test_protected_passes if {
	count(deny({"DeletionProtectionEnabled": true})) == 0
}

test_unprotected_fails if {
	result := deny({"DeletionProtectionEnabled": false})
	count(result) == 1
	some r in result
	r.evidence["Table.DeletionProtectionEnabled"] == false
}

test_absent_setting_fails if {
	count(deny({})) == 1
}

test_not_collected_gives_no_finding if {
	count(dynamodb_table_deletion_protection.deny) == 0 with input as {"resource": object.union(object.remove(resource({}), ["attributes"]), {"attributes": {"TableName": "orders"}})}
}
