# METADATA
# scope: package
# title: SNS topic policies do not allow any principal
# description: FAIL when the topic policy (Attributes.Policy) has an Allow statement whose Principal is "*" (or
#   AWS "*") with no Condition. The policy SNS writes for a new topic allows "*" only under an AWS:SourceOwner
#   condition and passes.
# custom:
#   id: sns_topic_policy_not_public
#   severity: high
#   resource_types:
#   - aws.sns.topic
#   risk: Anyone on the internet can publish to, subscribe to or administer a topic whose policy allows every
#     principal without a condition - spoofed alarms, leaked messages, or a deleted topic.
#   remediation:
#     text: Restrict the topic policy to the principals (accounts, services with aws:SourceArn / aws:SourceAccount)
#       that need it.
#     cli: aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json
#     terraform: |
#       resource "aws_sns_topic_policy" "this" {
#         arn    = aws_sns_topic.this.arn
#         policy = data.aws_iam_policy_document.topic.json
#       }
#     url: https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
#   categories:
#   - public-exposure
package vigil.aws.sns.sns_topic_policy_not_public

import data.vigil.lib.aws.iam

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Attributes.Policy)
	iam.public_allow(statement)
	result := {
		"msg": sprintf("SNS topic %s policy allows any principal (statement %d, no Condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Attributes.Policy.Statement[%d]", [i]), "value": statement},
	}
}
