# METADATA
# scope: package
# title: IAM role trust policies do not allow any principal
# description: A role's AssumeRolePolicyDocument must not have an Allow statement for Principal "*" (or
#   AWS "*") without a Condition.
# custom:
#   id: iam_role_trust_no_public_principal
#   severity: critical
#   resource_types:
#   - aws.iam.role
#   risk: A trust policy open to "*" lets any AWS account in the world assume the role and use its permissions.
#   remediation:
#     text: Name the exact accounts, roles or services that may assume the role, or add conditions such
#       as aws:PrincipalOrgID or sts:ExternalId.
#     cli: aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json
#     terraform: |
#       data "aws_iam_policy_document" "trust" {
#         statement {
#           actions = ["sts:AssumeRole"]
#           principals {
#             type        = "AWS"
#             identifiers = ["arn:aws:iam::111122223333:root"]
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
#   categories:
#   - identity
#   - public-exposure
package vigil.aws.iam.iam_role_trust_no_public_principal

import data.vigil.lib.aws.iam

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.AssumeRolePolicyDocument)
	iam.public_allow(statement)
	result := {
		"msg": sprintf("IAM role %s can be assumed by any principal (trust statement %d has Principal %v and no Condition)", [input.resource.id, i, statement.Principal]),
		"evidence": {"attribute": sprintf("AssumeRolePolicyDocument.Statement[%d]", [i]), "value": statement},
	}
}
