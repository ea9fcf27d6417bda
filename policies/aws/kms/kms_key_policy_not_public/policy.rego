# METADATA
# scope: package
# title: KMS key policies do not allow any principal
# description: A key policy must not have an Allow statement for Principal "*" (or AWS "*") without a Condition.
# custom:
#   id: kms_key_policy_not_public
#   severity: critical
#   resource_types:
#   - aws.kms.key
#   risk: A key policy open to everyone lets any AWS account use or manage the key, and so decrypt the data
#     it protects.
#   remediation:
#     text: Replace the "*" principal with the account root or specific roles, or add conditions such as
#       kms:CallerAccount or aws:PrincipalOrgID.
#     cli: aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json
#     terraform: |
#       resource "aws_kms_key_policy" "app" {
#         key_id = aws_kms_key.app.id
#         policy = data.aws_iam_policy_document.key.json
#       }
#     url: https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
#   categories:
#   - encryption
#   - public-exposure
package vigil.aws.kms.kms_key_policy_not_public

import data.vigil.lib.aws.iam

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.KeyPolicy)
	iam.public_allow(statement)
	result := {
		"msg": sprintf("KMS key %s policy allows any principal (statement %d, no Condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("KeyPolicy.Statement[%d]", [i]), "value": statement},
	}
}
