# METADATA
# scope: package
# title: Defender for Cloud e-mails alerts to subscription Owners
# description: Some securityContacts entry must have notificationsByRole.state On with Owner among its roles (and not isEnabled false).
# custom:
#   id: azure_defender_contact_notify_owners
#   severity: low
#   resource_types:
#   - azure.resources.subscription
#   risk: Owners who are not told about alerts cannot act on an active compromise of their subscription.
#   remediation:
#     text: Send alert e-mails to the Owner role.
#     cli: |-
#       az security contact create --name default --emails secops@example.com --alerts-admins on
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
package vigil.azure.defender.azure_defender_contact_notify_owners

import data.vigil.lib.azure.util

deny contains result if {
	not owners_notified
	result := {
		"msg": sprintf("Subscription %s does not e-mail Defender alerts to its Owners", [input.resource.id]),
		"evidence": {"attribute": "securityContacts", "value": object.get(input.resource.attributes, "securityContacts", [])},
	}
}

owners_notified if {
	some c in object.get(input.resource.attributes, "securityContacts", [])
	object.get(c.properties, "isEnabled", true) != false
	roles := object.get(c.properties, "notificationsByRole", {})
	util.same(object.get(roles, "state", "Off"), "On")
	some role in object.get(roles, "roles", [])
	util.same(role, "Owner")
}
