# METADATA
# scope: package
# title: IAM password policy requires at least 14 characters
# description: When an account password policy exists, its MinimumPasswordLength must be 14 or more.
# custom:
#   id: iam_password_policy_minimum_length
#   severity: medium
#   resource_types:
#   - aws.iam.account
#   risk: Short passwords are cheap to brute-force or guess; length is the strongest single factor in password
#     strength.
#   remediation:
#     text: Raise the account password policy's minimum length to 14 or more.
#     cli: aws iam update-account-password-policy --minimum-password-length 14
#     terraform: |
#       resource "aws_iam_account_password_policy" "strict" {
#         minimum_password_length = 14
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
#   categories:
#   - identity
package vigil.aws.iam.iam_password_policy_minimum_length

deny contains result if {
	policy := input.resource.attributes.PasswordPolicy
	is_object(policy)
	length := object.get(policy, "MinimumPasswordLength", 0)
	length < 14
	result := {
		"msg": sprintf("Password policy of account %s allows passwords of %v characters (minimum 14)", [input.resource.id, length]),
		"evidence": {"PasswordPolicy.MinimumPasswordLength": length},
	}
}
