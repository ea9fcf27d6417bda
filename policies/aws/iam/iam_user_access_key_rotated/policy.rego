# METADATA
# scope: package
# title: Active IAM access keys are rotated within 90 days
# description: Every active access key of an IAM user (access_key_1 / access_key_2 in the credential report)
#   must have been rotated within the last 90 days.
# custom:
#   id: iam_user_access_key_rotated
#   severity: medium
#   resource_types:
#   - aws.iam.user
#   risk: 'Long-lived keys accumulate exposure: they end up in laptops, CI logs and old repositories, and
#     a leaked key stays valid until it is rotated.'
#   remediation:
#     text: Create a second key, move the workload to it, deactivate and then delete the old key. Better,
#       replace user keys with IAM roles or IAM Identity Center short-lived credentials.
#     cli: |-
#       aws iam create-access-key --user-name <user>
#       aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive
#       aws iam delete-access-key --user-name <user> --access-key-id <old-key-id>
#     terraform: |
#       # Rotate by replacing the key resource, e.g.:
#       # terraform apply -replace=aws_iam_access_key.ci
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console
#   categories:
#   - identity
package vigil.aws.iam.iam_user_access_key_rotated

import data.vigil.lib.aws.dates

deny contains result if {
	report := input.resource.attributes.CredentialReport
	some n in ["1", "2"]
	report[sprintf("access_key_%s_active", [n])] == "true"
	rotated := report[sprintf("access_key_%s_last_rotated", [n])]
	dates.older_than_days(rotated, 90)
	days := dates.age_days(rotated)
	result := {
		"msg": sprintf("IAM user %s has active access key %s last rotated %d days ago (%s; limit 90 days)", [input.resource.id, n, days, rotated]),
		"evidence": {
			"attribute": sprintf("CredentialReport.access_key_%s_last_rotated", [n]),
			"value": rotated,
			"age_days": days,
		},
	}
}
