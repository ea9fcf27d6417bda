# METADATA
# scope: package
# title: SNS topics are encrypted at rest with a KMS key
# description: The topic's attributes (GetTopicAttributes) must carry a non-empty KmsMasterKeyId (a customer-managed
#   key or the AWS-managed alias/aws/sns).
# custom:
#   id: sns_topic_kms_encryption
#   severity: medium
#   resource_types:
#   - aws.sns.topic
#   risk: Messages of an unencrypted topic are stored in plain text on SNS's disks until delivered; alarms, events
#     and application payloads that carry sensitive data are not protected by a key whose use is logged.
#   remediation:
#     text: Enable server-side encryption on the topic with a KMS key (a customer-managed key where other accounts
#       or services publish to it).
#     cli: aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns
#     terraform: |
#       resource "aws_sns_topic" "this" {
#         name              = "events"
#         kms_master_key_id = aws_kms_key.sns.arn
#       }
#     url: https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
#   categories:
#   - encryption
package vigil.aws.sns.sns_topic_kms_encryption

import data.vigil.lib.aws.util

deny contains result if {
	attributes := input.resource.attributes.Attributes
	key := util.get(attributes, "KmsMasterKeyId", "")
	not util.non_empty(key)
	result := {
		"msg": sprintf("SNS topic %s is not encrypted with a KMS key (no KmsMasterKeyId)", [input.resource.id]),
		"evidence": {"Attributes.KmsMasterKeyId": util.get(attributes, "KmsMasterKeyId", null)},
	}
}
