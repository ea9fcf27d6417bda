# METADATA
# scope: package
# title: IAM user credentials unused for 45 days are disabled
# description: A console password or an active access key that has not been used for more than 45 days (or
#   never, on a user or key older than 45 days) must be disabled.
# custom:
#   id: iam_user_credentials_unused
#   severity: medium
#   resource_types:
#   - aws.iam.user
#   risk: Dormant credentials belong to people who left or workloads that moved; nobody notices when they
#     are abused, and they widen the attack surface for no benefit.
#   remediation:
#     text: Remove the console password (delete the login profile) and deactivate or delete access keys
#       that have not been used for 45 days.
#     cli: |-
#       aws iam delete-login-profile --user-name <user>
#       aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive
#     terraform: '# Remove the aws_iam_user_login_profile and aws_iam_access_key resources of the unused
#       credentials.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html
#   categories:
#   - identity
package vigil.aws.iam.iam_user_credentials_unused

import data.vigil.lib.aws.dates

never_used := {"N/A", "no_information"}

deny contains result if {
	report := input.resource.attributes.CredentialReport
	report.password_enabled == "true"
	last_used := report.password_last_used
	dates.older_than_days(last_used, 45)
	result := {
		"msg": sprintf("IAM user %s has a console password last used %d days ago (%s; limit 45 days)", [input.resource.id, dates.age_days(last_used), last_used]),
		"evidence": {"CredentialReport.password_enabled": "true", "CredentialReport.password_last_used": last_used},
	}
}

deny contains result if {
	report := input.resource.attributes.CredentialReport
	report.password_enabled == "true"
	report.password_last_used in never_used
	created := report.user_creation_time
	dates.older_than_days(created, 45)
	result := {
		"msg": sprintf("IAM user %s has a console password never used since the user was created %d days ago", [input.resource.id, dates.age_days(created)]),
		"evidence": {
			"CredentialReport.password_enabled": "true",
			"CredentialReport.password_last_used": report.password_last_used,
			"CredentialReport.user_creation_time": created,
		},
	}
}

deny contains result if {
	report := input.resource.attributes.CredentialReport
	some n in ["1", "2"]
	report[sprintf("access_key_%s_active", [n])] == "true"
	last_used := report[sprintf("access_key_%s_last_used_date", [n])]
	dates.older_than_days(last_used, 45)
	result := {
		"msg": sprintf("IAM user %s has active access key %s last used %d days ago (%s; limit 45 days)", [input.resource.id, n, dates.age_days(last_used), last_used]),
		"evidence": {"attribute": sprintf("CredentialReport.access_key_%s_last_used_date", [n]), "value": last_used},
	}
}

deny contains result if {
	report := input.resource.attributes.CredentialReport
	some n in ["1", "2"]
	report[sprintf("access_key_%s_active", [n])] == "true"
	report[sprintf("access_key_%s_last_used_date", [n])] == "N/A"
	rotated := report[sprintf("access_key_%s_last_rotated", [n])]
	dates.older_than_days(rotated, 45)
	result := {
		"msg": sprintf("IAM user %s has active access key %s never used since it was created %d days ago", [input.resource.id, n, dates.age_days(rotated)]),
		"evidence": {
			"attribute": sprintf("CredentialReport.access_key_%s_last_used_date", [n]),
			"value": "N/A",
			"last_rotated": rotated,
		},
	}
}
