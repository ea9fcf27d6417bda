# METADATA
# scope: package
# title: SQS queue policies do not allow any principal
# description: The queue policy (Attributes.Policy, decoded) must not have an Allow statement for Principal "*" (or
#   AWS "*") unless its Condition limits the caller by aws:SourceAccount, aws:SourceArn, aws:SourceOwner,
#   aws:SourceOrgID, aws:SourceOrgPaths, aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount or
#   aws:PrincipalArn (key names case-insensitive) under an operator that is not a negation (no "Not" in its name),
#   as for ECR repositories and secrets. No policy passes.
# custom:
#   id: sqs_queue_policy_not_public
#   severity: critical
#   resource_types:
#   - aws.sqs.queue
#   risk: Anyone can send to, read and delete the queue's messages, or purge it, depending on the actions allowed -
#     injected jobs, leaked payloads, lost work.
#   remediation:
#     text: Name the accounts or roles that use the queue, or limit a "*" principal with aws:SourceArn (the SNS
#       topic or bucket that sends) or aws:PrincipalOrgID.
#     cli: aws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy-attribute.json
#     terraform: |
#       resource "aws_sqs_queue_policy" "this" {
#         queue_url = aws_sqs_queue.this.id
#         policy    = data.aws_iam_policy_document.queue.json
#       }
#     url: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-using-identity-based-policies.html
#   categories:
#   - public-exposure
package vigil.aws.sqs.sqs_queue_policy_not_public

import data.vigil.lib.aws.iam

# Condition keys that tie a "*" principal to named accounts, sources or an organization (lower case).
restricting_keys := {
	"aws:sourceaccount", "aws:sourcearn", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
}

restricted(statement) if {
	some operator, block in statement.Condition
	not contains(operator, "Not")
	is_object(block)
	some key, _ in block
	lower(key) in restricting_keys
}

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Attributes.Policy)
	statement.Effect == "Allow"
	iam.public_principal(statement.Principal)
	not restricted(statement)
	result := {
		"msg": sprintf("SQS queue %s policy allows any principal (statement %d, no account, source or organization condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Attributes.Policy.Statement[%d]", [i]), "value": statement},
	}
}
