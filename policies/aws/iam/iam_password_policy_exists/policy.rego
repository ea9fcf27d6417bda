# METADATA
# scope: package
# title: Account has an IAM password policy
# description: The account must define an IAM password policy (GetAccountPasswordPolicy does not answer
#   NoSuchEntity).
# custom:
#   id: iam_password_policy_exists
#   severity: medium
#   resource_types:
#   - aws.iam.account
#   risk: Without a password policy IAM users may set short, simple passwords that never expire and can
#     be reused, making console credentials easy to guess or crack.
#   remediation:
#     text: Set an account password policy with a minimum length of 14, reuse prevention of 24 and the character
#       classes your standard requires.
#     cli: aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention
#       24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters
#     terraform: |
#       resource "aws_iam_account_password_policy" "strict" {
#         minimum_password_length   = 14
#         password_reuse_prevention = 24
#         require_symbols           = true
#         require_numbers           = true
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
#   categories:
#   - identity
package vigil.aws.iam.iam_password_policy_exists

deny contains result if {
	input.resource.attributes.PasswordPolicy == null
	result := {
		"msg": sprintf("Account %s has no IAM password policy", [input.resource.id]),
		"evidence": {"PasswordPolicy": null},
	}
}
