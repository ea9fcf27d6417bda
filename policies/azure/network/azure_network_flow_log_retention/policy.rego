# METADATA
# scope: package
# title: Flow logs are kept for at least 90 days
# description: An enabled flow log with an enabled retention policy must keep at least 90 days (0 keeps
#   forever).
# custom:
#   id: azure_network_flow_log_retention
#   severity: low
#   resource_types:
#   - azure.network.vnet
#   risk: Intrusions are typically found weeks after they start; short retention deletes the evidence
#     first.
#   remediation:
#     text: Set the flow log retention to 90 days or more (or 0 to keep forever).
#     cli: |-
#       az network watcher flow-log update --location <location> --name <name> --retention 90
#     terraform: |-
#       resource "azurerm_network_watcher_flow_log" "vnet" {
#         name                 = "vnet-main"
#         network_watcher_name = "NetworkWatcher_westeurope"
#         resource_group_name  = "NetworkWatcherRG"
#         target_resource_id   = azurerm_virtual_network.main.id
#         storage_account_id   = azurerm_storage_account.flowlogs.id
#         enabled              = true
#         retention_policy {
#           enabled = true
#           days    = 90
#         }
#       }
#     url: https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-manage
#   categories:
#   - logging
package vigil.azure.network.azure_network_flow_log_retention


deny contains result if {
	some i, log in object.get(input.resource.attributes, "flowLogs", [])
	log.properties.enabled == true
	policy := object.get(log.properties, "retentionPolicy", {})
	policy.enabled == true
	policy.days > 0
	policy.days < 90
	result := {
		"msg": sprintf("Virtual network %s: flow log %s keeps only %d days", [input.resource.name, object.get(log, "name", ""), policy.days]),
		"evidence": {"attribute": sprintf("flowLogs[%d].properties.retentionPolicy", [i]), "value": policy},
	}
}
