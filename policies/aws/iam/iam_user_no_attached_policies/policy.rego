# METADATA
# scope: package
# title: IAM users have no directly attached managed policies
# description: IAM users must not have managed policies attached directly (AttachedManagedPolicies is empty);
#   grant permissions through groups or roles.
# custom:
#   id: iam_user_no_attached_policies
#   severity: low
#   resource_types:
#   - aws.iam.user
#   risk: Policies attached to individual users make access reviews per-person rather than per-role, and
#     leave privileges behind when people change jobs.
#   remediation:
#     text: Attach the managed policy to a group that matches the user's role, add the user to the group
#       and detach the policy from the user.
#     cli: |-
#       aws iam list-attached-user-policies --user-name <user>
#       aws iam detach-user-policy --user-name <user> --policy-arn <arn>
#     terraform: '# Replace aws_iam_user_policy_attachment with aws_iam_group_policy_attachment.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions
#   categories:
#   - identity
#   - governance
package vigil.aws.iam.iam_user_no_attached_policies

import data.vigil.lib.aws.util

deny contains result if {
	attached := input.resource.attributes.AttachedManagedPolicies
	util.non_empty(attached)
	arns := [p.PolicyArn | some p in attached]
	result := {
		"msg": sprintf("IAM user %s has %d managed policies attached directly: %s", [input.resource.id, count(attached), concat(", ", arns)]),
		"evidence": {"AttachedManagedPolicies[*].PolicyArn": arns},
	}
}
