# METADATA
# scope: package
# title: Amazon Macie is enabled in every region
# description: In every enabled region the Macie session (GetMacieSession) must exist with status ENABLED. A region
#   where Macie answers "Macie is not enabled" (MacieSession null) or a PAUSED session fails.
# custom:
#   id: macie_enabled
#   severity: medium
#   resource_types:
#   - aws.securitybaseline.region
#   risk: Without Macie nobody is told when personal data, credentials or keys land in an S3 bucket, or when a
#     bucket holding them becomes public or shared with another account.
#   remediation:
#     text: Enable Macie in every region (from the delegated Macie administrator for the whole organization, with
#       auto-enable for new accounts) and resume paused sessions.
#     cli: |-
#       aws macie2 enable-macie --region <region>
#       aws macie2 update-macie-session --status ENABLED --region <region>
#     terraform: |
#       resource "aws_macie2_account" "this" {
#         status = "ENABLED"
#       }
#     url: https://docs.aws.amazon.com/macie/latest/user/getting-started.html
#   categories:
#   - data-protection
package vigil.aws.macie.macie_enabled

deny contains result if {
	session := input.resource.attributes.MacieSession
	session == null
	result := {
		"msg": sprintf("Macie is not enabled in region %s of account %s", [input.resource.region, input.resource.account_id]),
		"evidence": {"MacieSession": null},
	}
}

deny contains result if {
	session := input.resource.attributes.MacieSession
	is_object(session)
	status := object.get(session, "status", null)
	status != "ENABLED"
	result := {
		"msg": sprintf("Macie is %v in region %s of account %s", [status, input.resource.region, input.resource.account_id]),
		"evidence": {"MacieSession.status": status},
	}
}
