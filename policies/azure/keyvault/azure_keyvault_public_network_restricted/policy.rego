# METADATA
# scope: package
# title: Key vaults are not reachable from every network
# description: properties.publicNetworkAccess must be Disabled, or properties.networkAcls.defaultAction
#   must be Deny.
# custom:
#   id: azure_keyvault_public_network_restricted
#   severity: medium
#   resource_types:
#   - azure.keyvault.vault
#   risk: A vault reachable from the internet is one leaked token away from exfiltration.
#   remediation:
#     text: Disable public network access and use a private endpoint.
#     cli: |-
#       az keyvault update --name <vault> --public-network-access Disabled
#     terraform: |-
#       resource "azurerm_key_vault" "main" {
#         name                          = "kv-main"
#         location                      = "westeurope"
#         resource_group_name           = azurerm_resource_group.security.name
#         tenant_id                     = data.azurerm_client_config.current.tenant_id
#         sku_name                      = "standard"
#         soft_delete_retention_days    = 90
#         purge_protection_enabled      = true
#         enable_rbac_authorization     = true
#         public_network_access_enabled = false
#       }
#     url: https://learn.microsoft.com/azure/key-vault/general/security-features
#   categories:
#   - network
#   - public-exposure
package vigil.azure.keyvault.azure_keyvault_public_network_restricted

import data.vigil.lib.azure.util

deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not util.same(object.get(props, "publicNetworkAccess", "Enabled"), "Disabled")
	not util.same(object.get(object.get(props, "networkAcls", {}), "defaultAction", "Allow"), "Deny")
	result := {
		"msg": sprintf("Key vault %s is reachable from all networks", [input.resource.name]),
		"evidence": {"attribute": "properties.publicNetworkAccess", "value": object.get(props, "publicNetworkAccess", null)},
	}
}
