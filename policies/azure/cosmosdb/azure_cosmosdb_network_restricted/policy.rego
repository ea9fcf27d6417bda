# METADATA
# scope: package
# title: Cosmos DB accounts are not reachable from all networks
# description: properties.publicNetworkAccess must be Disabled, or isVirtualNetworkFilterEnabled true, or ipRules non-empty.
# custom:
#   id: azure_cosmosdb_network_restricted
#   severity: high
#   resource_types:
#   - azure.cosmosdb.account
#   risk: An account open to all networks can be reached by anyone holding a key or token.
#   remediation:
#     text: Disable public network access or limit it to selected networks.
#     cli: |-
#       az cosmosdb update --resource-group <rg> --name <account> --public-network-access Disabled
#     terraform: |-
#       resource "azurerm_cosmosdb_account" "main" {
#         name                          = "cosmos-main"
#         resource_group_name           = azurerm_resource_group.data.name
#         location                      = "westeurope"
#         offer_type                    = "Standard"
#         public_network_access_enabled = false
#         local_authentication_disabled = true
#         consistency_policy { consistency_level = "Session" }
#         geo_location {
#           location          = "westeurope"
#           failover_priority = 0
#         }
#       }
#       resource "azurerm_private_endpoint" "cosmos" {
#         name                = "pe-cosmos-main"
#         resource_group_name = azurerm_resource_group.data.name
#         location            = "westeurope"
#         subnet_id           = azurerm_subnet.endpoints.id
#         private_service_connection {
#           name                           = "cosmos"
#           private_connection_resource_id = azurerm_cosmosdb_account.main.id
#           subresource_names              = ["Sql"]
#           is_manual_connection           = false
#         }
#       }
#     url: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall
#   categories:
#   - public-exposure
#   - network
package vigil.azure.cosmosdb.azure_cosmosdb_network_restricted

import data.vigil.lib.azure.util

deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not util.same(object.get(props, "publicNetworkAccess", "Enabled"), "Disabled")
	object.get(props, "isVirtualNetworkFilterEnabled", false) != true
	count(object.get(props, "ipRules", [])) == 0
	result := {
		"msg": sprintf("Cosmos DB account %s accepts connections from all networks", [input.resource.name]),
		"evidence": {"attribute": "properties.publicNetworkAccess", "value": object.get(props, "publicNetworkAccess", null)},
	}
}
