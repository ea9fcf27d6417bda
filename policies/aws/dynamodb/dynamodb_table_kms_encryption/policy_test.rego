package vigil.aws.dynamodb.dynamodb_table_kms_encryption_test

import data.vigil.aws.dynamodb.dynamodb_table_kms_encryption

key := "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

resource(table) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "dynamodb",
	"type": "aws.dynamodb.table", "id": "orders", "uid": "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
	"name": "orders", "tags": {}, "attributes": {"TableName": "orders", "Table": object.union({"TableName": "orders"}, table)},
}

deny(table) := result if {
	result := dynamodb_table_kms_encryption.deny with input as {"resource": resource(table)}
}

test_kms_key_passes if {
	count(deny({"SSEDescription": {"Status": "ENABLED", "SSEType": "KMS", "KMSMasterKeyArn": key}})) == 0
}

test_key_being_updated_passes if {
	count(deny({"SSEDescription": {"Status": "UPDATING", "SSEType": "KMS", "KMSMasterKeyArn": key}})) == 0
}

test_aws_owned_key_fails if {
	result := deny({})
	count(result) == 1
	some r in result
	r.evidence["Table.SSEDescription"] == null
}

test_null_sse_description_fails if {
	count(deny({"SSEDescription": null})) == 1
}

test_kms_being_disabled_fails if {
	count(deny({"SSEDescription": {"Status": "DISABLING", "SSEType": "KMS", "KMSMasterKeyArn": key}})) == 1
}

test_not_collected_gives_no_finding if {
	count(dynamodb_table_kms_encryption.deny) == 0 with input as {"resource": object.union(object.remove(resource({}), ["attributes"]), {"attributes": {"TableName": "orders"}})}
}
