# METADATA
# scope: package
# title: A security contact e-mail is set for Defender for Cloud alerts
# description: Some securityContacts entry must have a non-empty emails value.
# custom:
#   id: azure_defender_security_contact
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: Without a contact, Microsoft and Defender alerts about active compromise reach nobody.
#   remediation:
#     text: Set the security contact e-mail of the subscription.
#     cli: |-
#       az security contact create --name default --emails secops@example.com --alert-notifications on
#     terraform: |-
#       resource "azurerm_security_center_contact" "main" {
#         name                = "default"
#         email               = "secops@example.com"
#         alert_notifications = true
#         alerts_to_admins    = true
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications
#   categories:
#   - logging
#   - governance
package vigil.azure.defender.azure_defender_security_contact


deny contains result if {
	not has_contact
	result := {
		"msg": sprintf("Subscription %s has no security contact e-mail", [input.resource.id]),
		"evidence": {"attribute": "securityContacts", "value": object.get(input.resource.attributes, "securityContacts", [])},
	}
}

has_contact if {
	some c in object.get(input.resource.attributes, "securityContacts", [])
	trim_space(object.get(c.properties, "emails", "")) != ""
}
