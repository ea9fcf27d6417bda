# METADATA
# scope: package
# title: Key vaults are reached through private endpoints
# description: Some properties.privateEndpointConnections entry must have privateLinkServiceConnectionState.status Approved.
# custom:
#   id: azure_keyvault_private_endpoints
#   severity: medium
#   resource_types:
#   - azure.keyvault.vault
#   risk: Without a private endpoint, traffic to the vault leaves the virtual network.
#   remediation:
#     text: Create a private endpoint for the vault.
#     cli: |-
#       az network private-endpoint create --resource-group <rg> --name pe-<vault> --subnet <subnet-id> --private-connection-resource-id <vault-id> --group-id vault --connection-name vault
#     terraform: |-
#       resource "azurerm_key_vault_key" "cmk" {
#         name            = "cmk"
#         key_vault_id    = azurerm_key_vault.main.id
#         key_type        = "RSA"
#         key_size        = 2048
#         key_opts        = ["wrapKey", "unwrapKey"]
#         expiration_date = "2027-12-31T00:00:00Z"
#         rotation_policy {
#           expire_after         = "P1Y"
#           notify_before_expiry = "P30D"
#           automatic { time_before_expiry = "P30D" }
#         }
#       }
#       resource "azurerm_key_vault_secret" "db" {
#         name            = "db-password"
#         value           = var.db_password
#         key_vault_id    = azurerm_key_vault.main.id
#         expiration_date = "2027-12-31T00:00:00Z"
#       }
#     url: https://learn.microsoft.com/azure/key-vault/general/private-link-service
#   categories:
#   - network
package vigil.azure.keyvault.azure_keyvault_private_endpoints

import data.vigil.lib.azure.util

deny contains result if {
	not approved_endpoint
	result := {
		"msg": sprintf("Key vault %s has no approved private endpoint", [input.resource.name]),
		"evidence": {"attribute": "properties.privateEndpointConnections", "value": object.get(object.get(input.resource.attributes, "properties", {}), "privateEndpointConnections", [])},
	}
}

approved_endpoint if {
	some c in object.get(object.get(input.resource.attributes, "properties", {}), "privateEndpointConnections", [])
	util.same(c.properties.privateLinkServiceConnectionState.status, "Approved")
}
