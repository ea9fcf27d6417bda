# METADATA
# scope: package
# title: Customer-managed IAM policies do not grant full administrative access
# description: The default version of a customer-managed policy must not contain an Allow statement with
#   Action "*" and Resource "*".
# custom:
#   id: iam_policy_no_full_admin
#   severity: high
#   resource_types:
#   - aws.iam.policy
#   risk: A "*:*" policy grants every action on every resource; whoever it is attached to can disable logging,
#     read all data and escalate further.
#   remediation:
#     text: Replace the statement with the specific actions and resources the principals need, or use AWS-managed
#       job-function policies; keep full administrator access to a small break-glass role.
#     cli: aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json
#       --set-as-default
#     terraform: |
#       data "aws_iam_policy_document" "app" {
#         statement {
#           actions   = ["s3:GetObject"]
#           resources = ["arn:aws:s3:::app-bucket/*"]
#         }
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   categories:
#   - identity
package vigil.aws.iam.iam_policy_no_full_admin

import data.vigil.lib.aws.iam

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Document)
	iam.full_admin(statement)
	result := {
		"msg": sprintf("IAM policy %s allows Action \"*\" on Resource \"*\" (statement %d)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Document.Statement[%d]", [i]), "value": statement},
	}
}
