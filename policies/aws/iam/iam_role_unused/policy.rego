# METADATA
# scope: package
# title: IAM roles unused for 90 days are removed
# description: A role that is not service-linked (Path not under /aws-service-role/) must have been used
#   (RoleLastUsed.LastUsedDate) within the last 90 days; a role never used must not be older than 90 days
#   (CreateDate).
# custom:
#   id: iam_role_unused
#   severity: low
#   resource_types:
#   - aws.iam.role
#   risk: Roles nobody uses keep their permissions and trust policies; they are forgotten entry points that an
#     attacker can assume or hijack without anyone noticing the activity.
#   remediation:
#     text: Confirm with the owner that the role is no longer needed, then delete it (detach its policies and
#       remove it from instance profiles first). Service-linked roles are managed by their service.
#     cli: |-
#       aws iam get-role --role-name <role> --query Role.RoleLastUsed
#       aws iam delete-role --role-name <role>
#     terraform: '# Remove the aws_iam_role resource (and its policy attachments) of the unused role.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html
#   categories:
#   - identity
package vigil.aws.iam.iam_role_unused

import data.vigil.lib.aws.dates
import data.vigil.lib.aws.util

attributes := input.resource.attributes

service_linked if startswith(object.get(attributes, "Path", ""), "/aws-service-role/")

last_used := util.get(util.get(attributes, "RoleLastUsed", {}), "LastUsedDate", null)

deny contains result if {
	not service_linked
	dates.older_than_days(last_used, 90)
	result := {
		"msg": sprintf("IAM role %s was last used %d days ago (%s; limit 90 days)", [input.resource.id, dates.age_days(last_used), last_used]),
		"evidence": {"RoleLastUsed.LastUsedDate": last_used},
	}
}

deny contains result if {
	not service_linked
	last_used == null
	created := attributes.CreateDate
	dates.older_than_days(created, 90)
	result := {
		"msg": sprintf("IAM role %s has never been used since it was created %d days ago", [input.resource.id, dates.age_days(created)]),
		"evidence": {"RoleLastUsed.LastUsedDate": null, "CreateDate": created},
	}
}
