package vigil.aws.lambda.lambda_function_async_failure_destination_test

import data.vigil.aws.lambda.lambda_function_async_failure_destination

deny(attributes) := result if {
	result := lambda_function_async_failure_destination.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "lambda",
		"type": "aws.lambda.function", "id": "fn", "uid": "arn:aws:lambda:us-east-1:111122223333:function:fn",
		"name": "fn", "tags": {}, "attributes": attributes,
	}}
}

policy(service) := {"Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "lambda:InvokeFunction",
	"Condition": {"StringEquals": {"AWS:SourceAccount": "111122223333"}}}]}

queue := "arn:aws:sqs:us-east-1:111122223333:failed"

test_sync_invoker_passes if {
	count(deny({"Policy": policy("apigateway.amazonaws.com"), "EventInvokeConfig": null})) == 0
	count(deny({"Policy": null, "EventInvokeConfig": null})) == 0
}

test_async_without_destination_fails if {
	result := deny({"Policy": policy("s3.amazonaws.com"), "EventInvokeConfig": null})
	count(result) == 1
	some r in result
	r.evidence.invokers == ["s3.amazonaws.com"]
}

test_regional_logs_principal_is_async if {
	count(deny({"Policy": policy("logs.eu-west-1.amazonaws.com"), "EventInvokeConfig": null})) == 1
}

test_dead_letter_queue_passes if {
	count(deny({"Policy": policy("sns.amazonaws.com"), "DeadLetterConfig": {"TargetArn": queue}, "EventInvokeConfig": null})) == 0
}

test_on_failure_destination_passes if {
	count(deny({"Policy": policy("events.amazonaws.com"),
		"EventInvokeConfig": {"DestinationConfig": {"OnFailure": {"Destination": queue}}}})) == 0
}

test_on_success_only_fails if {
	count(deny({"Policy": policy(["s3.amazonaws.com"]), "DeadLetterConfig": {"TargetArn": ""},
		"EventInvokeConfig": {"DestinationConfig": {"OnSuccess": {"Destination": queue}}}})) == 1
}
