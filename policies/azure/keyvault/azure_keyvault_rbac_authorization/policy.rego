# METADATA
# scope: package
# title: Key vaults use Azure RBAC for data-plane access
# description: properties.enableRbacAuthorization must be true.
# custom:
#   id: azure_keyvault_rbac_authorization
#   severity: medium
#   resource_types:
#   - azure.keyvault.vault
#   risk: Vault access policies are a separate, coarse permission system outside RBAC reviews and PIM.
#   remediation:
#     text: Switch the vault to the Azure RBAC permission model.
#     cli: |-
#       az keyvault update --name <vault> --enable-rbac-authorization true
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
#   - identity
package vigil.azure.keyvault.azure_keyvault_rbac_authorization


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.enableRbacAuthorization == true
	result := {
		"msg": sprintf("Key vault %s uses access policies instead of Azure RBAC", [input.resource.name]),
		"evidence": {"attribute": "properties.enableRbacAuthorization", "value": object.get(props, "enableRbacAuthorization", null)},
	}
}
