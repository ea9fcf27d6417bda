# METADATA
# scope: package
# title: The activity log is exported by a diagnostic setting
# description: The subscription must have at least one activity-log diagnostic setting.
# custom:
#   id: azure_monitor_activity_log_exported
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: The activity log keeps 90 days in the portal only; without export there is no durable record
#     of control-plane changes.
#   remediation:
#     text: Create a subscription diagnostic setting that sends the activity log to Log Analytics or
#       storage.
#     cli: |-
#       az monitor diagnostic-settings subscription create --name activity --location westeurope --workspace <workspace-id> --logs '[{"category":"Administrative","enabled":true}]'
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
#     url: https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log
#   categories:
#   - logging
package vigil.azure.monitor.azure_monitor_activity_log_exported


deny contains result if {
	count(object.get(input.resource.attributes, "activityLogDiagnosticSettings", [])) == 0
	result := {
		"msg": sprintf("Subscription %s does not export its activity log", [input.resource.id]),
		"evidence": {"attribute": "activityLogDiagnosticSettings", "value": []},
	}
}
