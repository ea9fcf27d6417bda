# METADATA
# scope: package
# title: An activity log alert exists for Delete Network Security Group
# description: Some enabled activityLogAlerts entry scoped to the subscription must have an allOf condition operationName equals Microsoft.Network/networkSecurityGroups/delete.
# custom:
#   id: azure_monitor_alert_nsg_delete
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the alert, a delete network security group goes unnoticed until someone reads the activity log.
#   remediation:
#     text: Create an activity log alert for Microsoft.Network/networkSecurityGroups/delete at subscription scope.
#     cli: |-
#       az monitor activity-log alert create --resource-group <rg> --name alert-nsg-delete --scope /subscriptions/<id> --condition category=Administrative and operationName=Microsoft.Network/networkSecurityGroups/delete --action-group <action-group-id>
#     terraform: |-
#       resource "azurerm_monitor_activity_log_alert" "alert" {
#         name                = "alert-nsg-delete"
#         resource_group_name = azurerm_resource_group.monitor.name
#         location            = "global"
#         scopes              = [data.azurerm_subscription.current.id]
#         criteria {
#           category       = "Administrative"
#           operation_name = "Microsoft.Network/networkSecurityGroups/delete"
#         }
#         action {
#           action_group_id = azurerm_monitor_action_group.secops.id
#         }
#       }
#     url: https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule
#   categories:
#   - logging
package vigil.azure.monitor.azure_monitor_alert_nsg_delete

import data.vigil.lib.azure.util

deny contains result if {
	not util.activity_alert(input.resource, "Microsoft.Network/networkSecurityGroups/delete")
	result := {
		"msg": sprintf("Subscription %s has no enabled activity log alert for Microsoft.Network/networkSecurityGroups/delete", [input.resource.id]),
		"evidence": {"attribute": "activityLogAlerts", "value": [a.name | some a in object.get(input.resource.attributes, "activityLogAlerts", [])]},
	}
}
