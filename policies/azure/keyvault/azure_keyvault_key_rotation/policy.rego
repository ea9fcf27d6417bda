# METADATA
# scope: package
# title: Every enabled key in a key vault rotates automatically
# description: Every keys[] entry with properties.attributes.enabled not false must have a rotationPolicy lifetimeActions entry with action.type Rotate.
# custom:
#   id: azure_keyvault_key_rotation
#   severity: medium
#   resource_types:
#   - azure.keyvault.vault
#   risk: Keys that never rotate protect ever more data and give a leak ever more reach.
#   remediation:
#     text: Set a rotation policy with an automatic rotate action.
#     cli: |-
#       az keyvault key rotation-policy update --vault-name <vault> --name <key> --value @policy.json
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
#     url: https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation
#   categories:
#   - encryption
package vigil.azure.keyvault.azure_keyvault_key_rotation

import data.vigil.lib.azure.util

deny contains result if {
	missing := [k.name |
		some k in object.get(input.resource.attributes, "keys", [])
		object.get(object.get(object.get(k, "properties", {}), "attributes", {}), "enabled", true) != false
		not rotates(k)
	]
	count(missing) > 0
	result := {
		"msg": sprintf("Key vault %s has keys without automatic rotation: %s", [input.resource.name, concat(", ", missing)]),
		"evidence": {"attribute": "keys", "value": missing},
	}
}

rotates(key) if {
	some action in object.get(object.get(key.properties, "rotationPolicy", {}), "lifetimeActions", [])
	util.same(action.action.type, "Rotate")
}
