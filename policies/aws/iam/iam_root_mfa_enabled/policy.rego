# METADATA
# scope: package
# title: Root user has MFA enabled
# description: The AWS account root user must be protected by a multi-factor authentication device (GetAccountSummary
#   AccountMFAEnabled = 1).
# custom:
#   id: iam_root_mfa_enabled
#   severity: critical
#   resource_types:
#   - aws.iam.account
#   risk: The root user has unrestricted access to every resource and billing setting of the account. Without
#     MFA, a leaked or phished root password is enough to take over the account.
#   remediation:
#     text: Sign in as the root user, open Security credentials and assign a virtual, hardware or passkey
#       MFA device. Prefer a hardware device kept in a safe for break-glass use.
#     cli: |-
#       # Root MFA can only be enabled by the root user in the console:
#       # https://console.aws.amazon.com/iam/home#/security_credentials
#     terraform: '# Root MFA cannot be managed with Terraform; enable it in the console as the root user.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html
#   categories:
#   - identity
package vigil.aws.iam.iam_root_mfa_enabled

deny contains result if {
	summary := input.resource.attributes.SummaryMap
	summary.AccountMFAEnabled != 1
	result := {
		"msg": sprintf("Root user of account %s has no MFA device (SummaryMap.AccountMFAEnabled = %v)", [input.resource.id, summary.AccountMFAEnabled]),
		"evidence": {"SummaryMap.AccountMFAEnabled": summary.AccountMFAEnabled},
	}
}
