# METADATA
# scope: package
# title: Key vaults have purge protection enabled
# description: properties.enablePurgeProtection must be true.
# custom:
#   id: azure_keyvault_purge_protection
#   severity: medium
#   resource_types:
#   - azure.keyvault.vault
#   risk: Without purge protection an attacker or a mistake can permanently destroy keys during the
#     retention period.
#   remediation:
#     text: Enable purge protection (irreversible).
#     cli: |-
#       az keyvault update --name <vault> --enable-purge-protection true
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
package vigil.azure.keyvault.azure_keyvault_purge_protection


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.enablePurgeProtection == true
	result := {
		"msg": sprintf("Key vault %s has purge protection off", [input.resource.name]),
		"evidence": {"attribute": "properties.enablePurgeProtection", "value": object.get(props, "enablePurgeProtection", null)},
	}
}
