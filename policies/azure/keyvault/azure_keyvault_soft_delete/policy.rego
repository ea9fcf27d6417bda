# METADATA
# scope: package
# title: Key vaults have soft delete enabled
# description: properties.enableSoftDelete must not be false.
# custom:
#   id: azure_keyvault_soft_delete
#   severity: high
#   resource_types:
#   - azure.keyvault.vault
#   risk: A deleted vault and its keys are gone at once, with everything they encrypt.
#   remediation:
#     text: Enable soft delete (on by default for new vaults).
#     cli: |-
#       az keyvault update --name <vault> --enable-soft-delete true
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
#   - data-protection
package vigil.azure.keyvault.azure_keyvault_soft_delete


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	props.enableSoftDelete == false
	result := {
		"msg": sprintf("Key vault %s has soft delete disabled", [input.resource.name]),
		"evidence": {"attribute": "properties.enableSoftDelete", "value": object.get(props, "enableSoftDelete", null)},
	}
}
