package vigil.aws.sqs.sqs_queue_dead_letter_queue_test

import data.vigil.aws.sqs.sqs_queue_dead_letter_queue

deny(attrs, sources) := result if {
	result := sqs_queue_dead_letter_queue.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "sqs",
		"type": "aws.sqs.queue", "id": "orders", "uid": "arn:aws:sqs:us-east-1:111122223333:orders",
		"name": "orders", "tags": {},
		"attributes": {"QueueName": "orders", "Attributes": attrs, "DeadLetterSourceQueues": sources},
	}}
}

redrive := "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:111122223333:orders-dlq\",\"maxReceiveCount\":5}"

test_redrive_policy_passes if {
	count(deny({"RedrivePolicy": redrive}, [])) == 0
}

test_dead_letter_queue_itself_passes if {
	count(deny({}, ["https://sqs.us-east-1.amazonaws.com/111122223333/orders"])) == 0
}

test_no_redrive_fails if {
	result := deny({"SqsManagedSseEnabled": "true"}, [])
	count(result) == 1
	some r in result
	r.evidence["Attributes.RedrivePolicy"] == null
	count(deny({"RedrivePolicy": ""}, [])) == 1
}
