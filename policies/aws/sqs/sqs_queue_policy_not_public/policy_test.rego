package vigil.aws.sqs.sqs_queue_policy_not_public_test

import data.vigil.aws.sqs.sqs_queue_policy_not_public

deny(policy) := result if {
	result := sqs_queue_policy_not_public.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "sqs",
		"type": "aws.sqs.queue", "id": "orders", "uid": "arn:aws:sqs:us-east-1:111122223333:orders",
		"name": "orders", "tags": {}, "attributes": {"QueueName": "orders", "Attributes": {"Policy": policy}},
	}}
}

send(principal) := {"Sid": "send", "Effect": "Allow", "Principal": principal, "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:orders"}

test_service_principal_passes if {
	count(deny({"Statement": [send({"Service": "sns.amazonaws.com"})]})) == 0
}

test_no_policy_passes if {
	count(deny(null)) == 0
}

test_public_send_fails if {
	result := deny({"Statement": [send({"AWS": "arn:aws:iam::111122223333:root"}), send("*")]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "Attributes.Policy.Statement[1]"
}

test_single_statement_object_fails if {
	count(deny({"Statement": send({"AWS": "*"})})) == 1
}

test_source_arn_condition_passes if {
	count(deny({"Statement": [object.union(send("*"), {"Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t"}}})]})) == 0
}

test_negated_or_unrelated_condition_fails if {
	count(deny({"Statement": [object.union(send("*"), {"Condition": {"ArnNotEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t"}}})]})) == 1
	count(deny({"Statement": [object.union(send("*"), {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})]})) == 1
}
