# METADATA
# scope: package
# title: Every enabled key in key vaults with access policies has an expiration date
# description: In a vault with properties.enableRbacAuthorization != true, every keys[] entry with properties.attributes.enabled not false must have properties.attributes.exp.
# custom:
#   id: azure_keyvault_key_expiry_access_policies
#   severity: medium
#   resource_types:
#   - azure.keyvault.vault
#   risk: Keys without an expiry stay valid forever, however long ago they leaked.
#   remediation:
#     text: Set an expiration date on every key.
#     cli: |-
#       az keyvault key set-attributes --vault-name <vault> --name <key> --expires 2027-12-31T00:00:00Z
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
#     url: https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates
#   categories:
#   - encryption
#   - identity
package vigil.azure.keyvault.azure_keyvault_key_expiry_access_policies


deny contains result if {
	object.get(object.get(input.resource.attributes, "properties", {}), "enableRbacAuthorization", false) != true
	missing := [s.name |
		some s in object.get(input.resource.attributes, "keys", [])
		attributes := object.get(object.get(s, "properties", {}), "attributes", {})
		object.get(attributes, "enabled", true) != false
		object.get(attributes, "exp", null) == null
	]
	count(missing) > 0
	result := {
		"msg": sprintf("Key vault %s has keys without an expiration date: %s", [input.resource.name, concat(", ", missing)]),
		"evidence": {"attribute": "keys", "value": missing},
	}
}
