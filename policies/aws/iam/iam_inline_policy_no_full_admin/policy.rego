# METADATA
# scope: package
# title: Inline IAM policies do not grant full administrative access
# description: No inline policy of a user, group or role (UserPolicyList / GroupPolicyList / RolePolicyList)
#   may contain an Allow statement with Action "*" and Resource "*".
# custom:
#   id: iam_inline_policy_no_full_admin
#   severity: high
#   resource_types:
#   - aws.iam.user
#   - aws.iam.group
#   - aws.iam.role
#   risk: An inline "*:*" policy makes its principal a full administrator outside any reviewed managed policy;
#     it is easily missed in access reviews.
#   remediation:
#     text: Delete the inline policy and grant the principal a least-privilege managed policy instead.
#     cli: |-
#       aws iam delete-role-policy --role-name <role> --policy-name <policy>
#       aws iam delete-user-policy --user-name <user> --policy-name <policy>
#       aws iam delete-group-policy --group-name <group> --policy-name <policy>
#     terraform: '# Remove the aws_iam_role_policy / aws_iam_user_policy / aws_iam_group_policy granting
#       "*" on "*".'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   categories:
#   - identity
package vigil.aws.iam.iam_inline_policy_no_full_admin

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

list_keys := {"aws.iam.user": "UserPolicyList", "aws.iam.group": "GroupPolicyList", "aws.iam.role": "RolePolicyList"}

deny contains result if {
	key := list_keys[input.resource.type]
	some policy in util.array_or_empty(object.get(input.resource.attributes, key, []))
	some i, statement in iam.statements(policy.PolicyDocument)
	iam.full_admin(statement)
	result := {
		"msg": sprintf("Inline policy %s of %s %s allows Action \"*\" on Resource \"*\"", [policy.PolicyName, input.resource.type, input.resource.id]),
		"evidence": {"PolicyName": policy.PolicyName, "attribute": sprintf("%s.PolicyDocument.Statement[%d]", [key, i]), "value": statement},
	}
}
