# METADATA
# scope: package
# title: Cosmos DB accounts are reached through private endpoints
# description: Some properties.privateEndpointConnections entry must have privateLinkServiceConnectionState.status Approved.
# custom:
#   id: azure_cosmosdb_private_endpoints
#   severity: medium
#   resource_types:
#   - azure.cosmosdb.account
#   risk: Without a private endpoint, traffic to the account leaves the virtual network.
#   remediation:
#     text: Create a private endpoint for the account.
#     cli: |-
#       az network private-endpoint create --resource-group <rg> --name pe-<account> --subnet <subnet-id> --private-connection-resource-id <account-id> --group-id Sql --connection-name cosmos
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
#     url: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints
#   categories:
#   - network
package vigil.azure.cosmosdb.azure_cosmosdb_private_endpoints

import data.vigil.lib.azure.util

deny contains result if {
	not approved_endpoint
	result := {
		"msg": sprintf("Cosmos DB account %s has no approved private endpoint", [input.resource.name]),
		"evidence": {"attribute": "properties.privateEndpointConnections", "value": object.get(object.get(input.resource.attributes, "properties", {}), "privateEndpointConnections", [])},
	}
}

approved_endpoint if {
	some c in object.get(object.get(input.resource.attributes, "properties", {}), "privateEndpointConnections", [])
	util.same(c.properties.privateLinkServiceConnectionState.status, "Approved")
}
