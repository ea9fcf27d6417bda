# METADATA
# scope: package
# title: AWSCloudShellFullAccess is attached to no user, group or role
# description: The AWS-managed policy arn:aws:iam::aws:policy/AWSCloudShellFullAccess must not be attached to any
#   IAM entity (ListEntitiesForPolicy PolicyUsers, PolicyGroups and PolicyRoles all empty).
# custom:
#   id: iam_policy_cloudshell_full_access_not_attached
#   severity: medium
#   resource_types:
#   - aws.iam.account
#   risk: Full CloudShell access includes uploading and downloading files to and from the shell environment, a
#     data-exfiltration path around network controls, and a persistent home directory that outlives sessions.
#   remediation:
#     text: Detach AWSCloudShellFullAccess from every user, group and role; grant CloudShell with a custom policy
#       that denies cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls where it is needed.
#     cli: |-
#       aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess
#       aws iam detach-group-policy --group-name <group> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess
#     terraform: '# Remove the aws_iam_*_policy_attachment resources that attach AWSCloudShellFullAccess.'
#     url: https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html
#   categories:
#   - identity
package vigil.aws.iam.iam_policy_cloudshell_full_access_not_attached

import data.vigil.lib.aws.util

kinds := {"PolicyUsers": "UserName", "PolicyGroups": "GroupName", "PolicyRoles": "RoleName"}

deny contains result if {
	entities := input.resource.attributes.CloudShellFullAccessEntities
	is_object(entities)
	holders := [sprintf("%s %s", [kind, e[field]]) |
		some kind, field in kinds
		some e in util.array_or_empty(object.get(entities, kind, []))
	]
	count(holders) > 0
	result := {
		"msg": sprintf("Account %s has AWSCloudShellFullAccess attached to %s", [input.resource.id, concat(", ", sort(holders))]),
		"evidence": {"CloudShellFullAccessEntities": entities},
	}
}
