# METADATA
# scope: package
# title: IAM users with a console password have MFA
# description: An IAM user whose credential report shows password_enabled = true must also show mfa_active
#   = true.
# custom:
#   id: iam_user_console_mfa_enabled
#   severity: high
#   resource_types:
#   - aws.iam.user
#   risk: A console password alone can be phished, guessed or reused from another breach; MFA stops most
#     account takeovers that start with a stolen password.
#   remediation:
#     text: Assign an MFA device to the user (or remove the console password if the user does not need the
#       console), and enforce MFA with an IAM policy condition on aws:MultiFactorAuthPresent.
#     cli: |-
#       aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile qr.png --bootstrap-method QRCodePNG
#       aws iam enable-mfa-device --user-name <user> --serial-number <arn> --authentication-code1 <code1> --authentication-code2 <code2>
#     terraform: |
#       resource "aws_iam_virtual_mfa_device" "user" {
#         virtual_mfa_device_name = "alice"
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
#   categories:
#   - identity
package vigil.aws.iam.iam_user_console_mfa_enabled

deny contains result if {
	report := input.resource.attributes.CredentialReport
	report.password_enabled == "true"
	report.mfa_active == "false"
	result := {
		"msg": sprintf("IAM user %s can sign in to the console with a password but has no MFA device", [input.resource.id]),
		"evidence": {
			"CredentialReport.password_enabled": report.password_enabled,
			"CredentialReport.mfa_active": report.mfa_active,
		},
	}
}
