# METADATA
# scope: package
# title: The activity log export covers Administrative, Security, Policy and Alert
# description: When diagnostic settings exist, one of them must enable Administrative, Security, Policy
#   and Alert.
# custom:
#   id: azure_monitor_activity_log_categories
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: An export missing the Security or Policy categories loses exactly the events an investigation
#     needs.
#   remediation:
#     text: Enable the four categories on the activity-log diagnostic setting.
#     cli: |-
#       az monitor diagnostic-settings subscription update --name activity --logs @categories.json
#     terraform: |-
#       resource "azurerm_monitor_diagnostic_setting" "activity" {
#         name                       = "activity-to-la"
#         target_resource_id         = data.azurerm_subscription.current.id
#         log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
#         enabled_log { category = "Administrative" }
#         enabled_log { category = "Security" }
#         enabled_log { category = "Policy" }
#         enabled_log { category = "Alert" }
#       }
#     url: https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema
#   categories:
#   - logging
package vigil.azure.monitor.azure_monitor_activity_log_categories


required := {"Administrative", "Security", "Policy", "Alert"}

deny contains result if {
	settings := object.get(input.resource.attributes, "activityLogDiagnosticSettings", [])
	count(settings) > 0
	not complete(settings)
	result := {
		"msg": sprintf("Subscription %s: no activity-log setting exports all of Administrative, Security, Policy and Alert", [input.resource.id]),
		"evidence": {"attribute": "activityLogDiagnosticSettings", "value": [s.name | some s in settings]},
	}
}

complete(settings) if {
	some s in settings
	enabled := {l.category | some l in object.get(s.properties, "logs", []); l.enabled == true}
	count(required - enabled) == 0
}
