package vigil.aws.sns.sns_topic_kms_encryption_test

import data.vigil.aws.sns.sns_topic_kms_encryption

topic(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "sns", "type": "aws.sns.topic",
	"id": "arn:aws:sns:us-east-1:111122223333:events", "uid": "arn:aws:sns:us-east-1:111122223333:events",
	"name": "arn:aws:sns:us-east-1:111122223333:events", "tags": {}, "attributes": {
		"TopicArn": "arn:aws:sns:us-east-1:111122223333:events", "Attributes": attributes,
	},
}

test_customer_key_passes if {
	count(sns_topic_kms_encryption.deny) == 0 with input as {"resource": topic({"KmsMasterKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234"})}
}

test_aws_managed_key_passes if {
	count(sns_topic_kms_encryption.deny) == 0 with input as {"resource": topic({"KmsMasterKeyId": "alias/aws/sns"})}
}

test_no_key_fails if {
	count(sns_topic_kms_encryption.deny) == 1 with input as {"resource": topic({"TopicArn": "x", "SubscriptionsConfirmed": "1"})}
}

test_empty_key_fails if {
	count(sns_topic_kms_encryption.deny) == 1 with input as {"resource": topic({"KmsMasterKeyId": ""})}
}

test_unknown_attributes_produce_nothing if {
	count(sns_topic_kms_encryption.deny) == 0 with input as {"resource": {"id": "t", "attributes": {"TopicArn": "t"}}}
}
