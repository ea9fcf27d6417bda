# METADATA
# scope: package
# title: Defender for Cloud e-mails alerts of high severity
# description: Some securityContacts entry must e-mail alerts of minimal severity High, Medium or Low (notificationsSources sourceType Alert, or the older alertNotifications with state On).
# custom:
#   id: azure_defender_contact_alert_severity
#   severity: low
#   resource_types:
#   - azure.resources.subscription
#   risk: High-severity alerts that are not e-mailed wait for someone to open the portal.
#   remediation:
#     text: Notify about alerts with severity High (or lower).
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
package vigil.azure.defender.azure_defender_contact_alert_severity

import data.vigil.lib.azure.util

deny contains result if {
	not high_alerts_mailed
	result := {
		"msg": sprintf("Subscription %s does not e-mail Defender alerts of high severity", [input.resource.id]),
		"evidence": {"attribute": "securityContacts", "value": object.get(input.resource.attributes, "securityContacts", [])},
	}
}

severities := {"high", "medium", "low"}

high_alerts_mailed if {
	some c in object.get(input.resource.attributes, "securityContacts", [])
	object.get(c.properties, "isEnabled", true) != false
	some source in object.get(c.properties, "notificationsSources", [])
	util.same(source.sourceType, "Alert")
	lower(object.get(source, "minimalSeverity", "")) in severities
}

high_alerts_mailed if {
	some c in object.get(input.resource.attributes, "securityContacts", [])
	notifications := object.get(c.properties, "alertNotifications", {})
	util.same(object.get(notifications, "state", "Off"), "On")
	lower(object.get(notifications, "minimalSeverity", "")) in severities
}
