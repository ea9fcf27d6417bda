# METADATA
# scope: package
# title: Root user has not signed in during the last 30 days
# description: 'The root user''s password_last_used (credential report) must not lie within 30 days of the
#   snapshot time: the root user is for break-glass tasks only.'
# custom:
#   id: iam_root_not_recently_used
#   severity: high
#   resource_types:
#   - aws.iam.account
#   risk: Routine use of the root user bypasses least privilege and IAM audit boundaries; every session
#     carries unrestricted power and is a high-value target for phishing and session theft.
#   remediation:
#     text: 'Stop using the root user for daily work: create IAM Identity Center users or IAM roles with
#       the permissions needed, and keep the root credentials locked away with MFA.'
#     cli: |-
#       aws iam generate-credential-report
#       aws iam get-credential-report --query Content --output text | base64 -d | grep '<root_account>'
#     terraform: '# Not a resource setting; delegate administration to roles managed in Terraform, e.g.
#       aws_iam_role.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html
#   categories:
#   - identity
package vigil.aws.iam.iam_root_not_recently_used

import data.vigil.lib.aws.dates

deny contains result if {
	last_used := input.resource.attributes.RootCredentials.password_last_used
	dates.within_days(last_used, 30)
	days := dates.age_days(last_used)
	result := {
		"msg": sprintf("Root user of account %s signed in %d days ago (password_last_used %s)", [input.resource.id, days, last_used]),
		"evidence": {"RootCredentials.password_last_used": last_used, "age_days": days},
	}
}
