# METADATA
# scope: package
# title: Billing and operations alternate contacts are registered for the account
# description: GetAlternateContact must return a contact for both BILLING and OPERATIONS (BillingContact or
#   OperationsContact is null when it answered ResourceNotFoundException). The security contact is
#   account_security_contact_registered's.
# custom:
#   id: account_alternate_contacts_registered
#   severity: low
#   resource_types:
#   - aws.account.contacts
#   risk: Billing alerts, service-limit and maintenance notices reach only the root e-mail address, so an
#     unexpected spend spike or a scheduled retirement of an instance can go unread.
#   remediation:
#     text: Register billing and operations alternate contacts with monitored team mailboxes.
#     cli: |-
#       aws account put-alternate-contact --alternate-contact-type BILLING --name <team> --title <title> --email-address <mailbox> --phone-number <phone>
#       aws account put-alternate-contact --alternate-contact-type OPERATIONS --name <team> --title <title> --email-address <mailbox> --phone-number <phone>
#     terraform: |
#       resource "aws_account_alternate_contact" "operations" {
#         alternate_contact_type = "OPERATIONS"
#         name                   = "Platform team"
#         title                  = "Operations"
#         email_address          = "ops@example.com"
#         phone_number           = "+1-555-0101"
#       }
#     url: https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html
#   categories:
#   - governance
package vigil.aws.account.account_alternate_contacts_registered

keys := ["BillingContact", "OperationsContact"]

deny contains result if {
	some key in keys
	input.resource.attributes[key] == null
	result := {
		"msg": sprintf("Account %s has no %s alternate contact", [input.resource.id, lower(trim_suffix(key, "Contact"))]),
		"evidence": {key: null},
	}
}
