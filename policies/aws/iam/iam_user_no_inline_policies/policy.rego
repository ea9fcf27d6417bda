# METADATA
# scope: package
# title: IAM users have no inline policies
# description: IAM users must not carry inline policies (UserPolicyList is empty); grant permissions through
#   groups or roles.
# custom:
#   id: iam_user_no_inline_policies
#   severity: low
#   resource_types:
#   - aws.iam.user
#   risk: 'Permissions attached directly to users are hard to review and tend to drift: each user becomes
#     a special case and access is rarely removed when duties change.'
#   remediation:
#     text: Move the permissions into a managed policy attached to a group, add the user to the group and
#       delete the inline policy.
#     cli: |-
#       aws iam list-user-policies --user-name <user>
#       aws iam delete-user-policy --user-name <user> --policy-name <policy>
#     terraform: '# Replace aws_iam_user_policy with aws_iam_group_policy_attachment + aws_iam_user_group_membership.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
#   categories:
#   - identity
#   - governance
package vigil.aws.iam.iam_user_no_inline_policies

import data.vigil.lib.aws.util

deny contains result if {
	policies := input.resource.attributes.UserPolicyList
	util.non_empty(policies)
	names := [p.PolicyName | some p in policies]
	result := {
		"msg": sprintf("IAM user %s has %d inline policies: %s", [input.resource.id, count(policies), concat(", ", names)]),
		"evidence": {"UserPolicyList[*].PolicyName": names},
	}
}
