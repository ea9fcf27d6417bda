# METADATA
# scope: package
# title: Virtual networks have flow logs enabled
# description: Some flow log targeting the virtual network must be enabled.
# custom:
#   id: azure_network_vnet_flow_logs
#   severity: medium
#   resource_types:
#   - azure.network.vnet
#   risk: Without flow logs there is no record of the connections made in and out of the network during
#     an incident.
#   remediation:
#     text: Create a VNet flow log in Network Watcher.
#     cli: |-
#       az network watcher flow-log create --location <location> --name <name> --vnet <vnet-id> --storage-account <storage-id>
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
#     url: https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview
#   categories:
#   - logging
#   - network
package vigil.azure.network.azure_network_vnet_flow_logs


deny contains result if {
	not enabled_log
	result := {
		"msg": sprintf("Virtual network %s has no enabled flow log", [input.resource.name]),
		"evidence": {"attribute": "flowLogs", "value": object.get(input.resource.attributes, "flowLogs", [])},
	}
}

enabled_log if {
	some log in object.get(input.resource.attributes, "flowLogs", [])
	log.properties.enabled == true
}
