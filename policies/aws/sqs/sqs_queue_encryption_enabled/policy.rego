# METADATA
# scope: package
# title: SQS queues are encrypted at rest
# description: FAIL when Attributes.SqsManagedSseEnabled (GetQueueAttributes) is not "true" and
#   Attributes.KmsMasterKeyId is absent, null or empty - neither SSE-SQS nor SSE-KMS protects the messages.
# custom:
#   id: sqs_queue_encryption_enabled
#   severity: medium
#   resource_types:
#   - aws.sqs.queue
#   risk: Messages of an unencrypted queue - orders, events, often personal data or tokens - are stored in clear
#     on AWS's disks; nothing ties access to them to a key the account controls or audits.
#   remediation:
#     text: Turn on SSE-SQS, or SSE-KMS with a customer-managed key when the key's use must be restricted and
#       logged.
#     cli: aws sqs set-queue-attributes --queue-url <queue-url> --attributes SqsManagedSseEnabled=true
#     terraform: |
#       resource "aws_sqs_queue" "this" {
#         name                    = "orders"
#         sqs_managed_sse_enabled = true
#       }
#     url: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
#   categories:
#   - encryption
package vigil.aws.sqs.sqs_queue_encryption_enabled

attributes := object.get(input.resource.attributes, "Attributes", {})

sse_sqs if attributes.SqsManagedSseEnabled == "true"

sse_kms if {
	key := object.get(attributes, "KmsMasterKeyId", null)
	is_string(key)
	key != ""
}

deny contains result if {
	is_object(input.resource.attributes.Attributes)
	not sse_sqs
	not sse_kms
	result := {
		"msg": sprintf("SQS queue %s is not encrypted at rest (neither SSE-SQS nor SSE-KMS)", [input.resource.id]),
		"evidence": {
			"Attributes.SqsManagedSseEnabled": object.get(attributes, "SqsManagedSseEnabled", null),
			"Attributes.KmsMasterKeyId": object.get(attributes, "KmsMasterKeyId", null),
		},
	}
}
