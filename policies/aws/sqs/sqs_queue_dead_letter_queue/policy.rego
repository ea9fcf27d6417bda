# METADATA
# scope: package
# title: SQS queues send failed messages to a dead-letter queue
# description: FAIL when Attributes.RedrivePolicy (GetQueueAttributes) is absent, null or empty and
#   DeadLetterSourceQueues (ListDeadLetterSourceQueues) is an empty list - the queue has no dead-letter queue and is
#   not itself one.
# custom:
#   id: sqs_queue_dead_letter_queue
#   severity: low
#   resource_types:
#   - aws.sqs.queue
#   risk: Without a dead-letter queue a message that can never be processed is retried until its retention period
#     ends and then silently deleted; failures go unnoticed and poison messages keep consumers busy.
#   remediation:
#     text: Create a dead-letter queue and set the queue's redrive policy with a maxReceiveCount; alarm on the
#       dead-letter queue's depth.
#     cli: aws sqs set-queue-attributes --queue-url <queue-url> --attributes file://redrive-attribute.json
#     terraform: |
#       resource "aws_sqs_queue" "this" {
#         name           = "orders"
#         redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq.arn, maxReceiveCount = 5 })
#       }
#     url: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
#   categories:
#   - data-protection
package vigil.aws.sqs.sqs_queue_dead_letter_queue

attributes := object.get(input.resource.attributes, "Attributes", {})

has_redrive if {
	redrive := object.get(attributes, "RedrivePolicy", null)
	is_string(redrive)
	redrive != ""
}

deny contains result if {
	is_object(input.resource.attributes.Attributes)
	sources := input.resource.attributes.DeadLetterSourceQueues
	is_array(sources)
	count(sources) == 0
	not has_redrive
	result := {
		"msg": sprintf("SQS queue %s has no dead-letter queue (no RedrivePolicy) and is not one", [input.resource.id]),
		"evidence": {"Attributes.RedrivePolicy": object.get(attributes, "RedrivePolicy", null), "DeadLetterSourceQueues": sources},
	}
}
