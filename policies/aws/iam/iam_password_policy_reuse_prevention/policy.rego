# METADATA
# scope: package
# title: IAM password policy prevents reuse of the last 24 passwords
# description: When an account password policy exists, PasswordReusePrevention must be set and be 24 or
#   more.
# custom:
#   id: iam_password_policy_reuse_prevention
#   severity: low
#   resource_types:
#   - aws.iam.account
#   risk: Users who can cycle back to old passwords keep credentials that may already be exposed in breaches
#     or reused elsewhere.
#   remediation:
#     text: Set the account password policy's password reuse prevention to 24.
#     cli: aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length
#       14
#     terraform: |
#       resource "aws_iam_account_password_policy" "strict" {
#         password_reuse_prevention = 24
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
#   categories:
#   - identity
package vigil.aws.iam.iam_password_policy_reuse_prevention

deny contains result if {
	policy := input.resource.attributes.PasswordPolicy
	is_object(policy)
	reuse := object.get(policy, "PasswordReusePrevention", null)
	weak(reuse)
	result := {
		"msg": sprintf("Password policy of account %s remembers %v previous passwords (at least 24 required)", [input.resource.id, reuse]),
		"evidence": {"PasswordPolicy.PasswordReusePrevention": reuse},
	}
}

weak(reuse) if not is_number(reuse)

weak(reuse) if {
	is_number(reuse)
	reuse < 24
}
