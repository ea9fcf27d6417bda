# METADATA
# scope: package
# title: A security alternate contact is registered for the account
# description: GetAlternateContact with AlternateContactType SECURITY must return a contact (SecurityContact is null
#   when it answered ResourceNotFoundException).
# custom:
#   id: account_security_contact_registered
#   severity: medium
#   resource_types:
#   - aws.account.contacts
#   risk: AWS sends abuse reports, compromised-key notices and security advisories to the security contact; without
#     one they go to the root e-mail address, which is often an unmonitored alias, and an intrusion goes unnoticed.
#   remediation:
#     text: Register a security alternate contact with a monitored team mailbox and phone number (from the
#       management account this can be done for every member account).
#     cli: aws account put-alternate-contact --alternate-contact-type SECURITY --name <team> --title <title>
#       --email-address <security-mailbox> --phone-number <phone> [--account-id <member>]
#     terraform: |
#       resource "aws_account_alternate_contact" "security" {
#         alternate_contact_type = "SECURITY"
#         name                   = "Security team"
#         title                  = "Security"
#         email_address          = "security@example.com"
#         phone_number           = "+1-555-0100"
#       }
#     url: https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html
#   categories:
#   - governance
package vigil.aws.account.account_security_contact_registered

deny contains result if {
	input.resource.attributes.SecurityContact == null
	result := {
		"msg": sprintf("Account %s has no security alternate contact", [input.resource.id]),
		"evidence": {"SecurityContact": null},
	}
}
