# METADATA
# scope: package
# title: Asynchronously invoked Lambda functions keep failed events
# description: A function is asynchronous when its resource policy (Policy) has an Allow statement for a service
#   principal that invokes Lambda asynchronously (s3, sns, ses, events, iot, codecommit, config or logs — logs
#   also as logs.<region> — followed by .amazonaws.com). FAIL when such a function has neither a dead-letter queue
#   (DeadLetterConfig.TargetArn non-empty) nor an on-failure destination
#   (EventInvokeConfig.DestinationConfig.OnFailure.Destination non-empty).
# custom:
#   id: lambda_function_async_failure_destination
#   severity: low
#   resource_types:
#   - aws.lambda.function
#   risk: After its retries Lambda drops an asynchronous event that keeps failing; without a dead-letter queue or
#     an on-failure destination the event, and the work it stood for, is lost without a trace.
#   remediation:
#     text: Add an on-failure destination (SQS, SNS, EventBridge or another function) to the asynchronous
#       invocation configuration, or a dead-letter queue.
#     cli: aws lambda put-function-event-invoke-config --function-name <function> --destination-config
#       '{"OnFailure":{"Destination":"arn:aws:sqs:<region>:<account>:<queue>"}}'
#     terraform: |
#       resource "aws_lambda_function_event_invoke_config" "fn" {
#         function_name = aws_lambda_function.fn.function_name
#         destination_config {
#           on_failure { destination = aws_sqs_queue.failed.arn }
#         }
#       }
#     url: https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
#   categories:
#   - compute
#   - logging
package vigil.aws.lambda.lambda_function_async_failure_destination

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

async_service := `^(s3|sns|ses|events|iot|codecommit|config|logs(\.[a-z0-9-]+)?)\.amazonaws\.com$`

async_invoker(statement) := service if {
	statement.Effect == "Allow"
	is_object(statement.Principal)
	some service in util.as_list(object.get(statement.Principal, "Service", []))
	regex.match(async_service, service)
}

invokers := {service | some statement in iam.statements(input.resource.attributes.Policy); service := async_invoker(statement)}

keeps_failures if util.non_empty(input.resource.attributes.DeadLetterConfig.TargetArn)

keeps_failures if util.non_empty(input.resource.attributes.EventInvokeConfig.DestinationConfig.OnFailure.Destination)

deny contains result if {
	count(invokers) > 0
	not keeps_failures
	result := {
		"msg": sprintf("Lambda function %s is invoked asynchronously (%s) and has no dead-letter queue or on-failure destination", [input.resource.id, concat(", ", sort(invokers))]),
		"evidence": {
			"invokers": sort(invokers),
			"DeadLetterConfig": object.get(input.resource.attributes, "DeadLetterConfig", null),
			"EventInvokeConfig": object.get(input.resource.attributes, "EventInvokeConfig", null),
		},
	}
}
