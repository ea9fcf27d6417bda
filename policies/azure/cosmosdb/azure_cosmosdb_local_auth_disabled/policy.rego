# METADATA
# scope: package
# title: Cosmos DB accounts accept only Microsoft Entra ID (no account keys)
# description: properties.disableLocalAuth must be true.
# custom:
#   id: azure_cosmosdb_local_auth_disabled
#   severity: medium
#   resource_types:
#   - azure.cosmosdb.account
#   risk: Account keys grant full data access, are shared secrets and leave no identity in the logs.
#   remediation:
#     text: Disable local (key) authentication and grant Cosmos DB data-plane RBAC roles.
#     cli: |-
#       az resource update --ids <account-id> --set properties.disableLocalAuth=true
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
#     url: https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac
#   categories:
#   - identity
package vigil.azure.cosmosdb.azure_cosmosdb_local_auth_disabled


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "disableLocalAuth", false)
	value != true
	result := {
		"msg": sprintf("Cosmos DB account %s accepts account keys", [input.resource.name]),
		"evidence": {"attribute": "properties.disableLocalAuth", "value": value},
	}
}
