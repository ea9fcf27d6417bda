package vigil.aws.sqs.sqs_queue_encryption_enabled_test

import data.vigil.aws.sqs.sqs_queue_encryption_enabled

deny(attrs) := result if {
	result := sqs_queue_encryption_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "sqs",
		"type": "aws.sqs.queue", "id": "orders", "uid": "arn:aws:sqs:us-east-1:111122223333:orders",
		"name": "orders", "tags": {},
		"attributes": {"QueueName": "orders", "Attributes": object.union({"QueueArn": "arn:aws:sqs:us-east-1:111122223333:orders"}, attrs)},
	}}
}

test_sse_sqs_passes if {
	count(deny({"SqsManagedSseEnabled": "true"})) == 0
}

test_sse_kms_passes if {
	count(deny({"SqsManagedSseEnabled": "false", "KmsMasterKeyId": "alias/aws/sqs"})) == 0
	count(deny({"KmsMasterKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})) == 0
}

test_neither_fails if {
	result := deny({"SqsManagedSseEnabled": "false"})
	count(result) == 1
	some r in result
	r.evidence["Attributes.SqsManagedSseEnabled"] == "false"
	count(deny({})) == 1
	count(deny({"SqsManagedSseEnabled": "false", "KmsMasterKeyId": ""})) == 1
}

test_boolean_true_is_not_the_api_string if {
	count(deny({"SqsManagedSseEnabled": true})) == 1
}
