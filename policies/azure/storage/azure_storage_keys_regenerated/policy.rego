# METADATA
# scope: package
# title: Storage account access keys were regenerated within the allowed age
# description: Both properties.keyCreationTime.key1 and key2 must be dates at most azure_storage_key_max_age_days (default 90) days before the snapshot.
# custom:
#   id: azure_storage_keys_regenerated
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: Old access keys have had more time to leak; a leaked key gives full data access until it is regenerated.
#   remediation:
#     text: Regenerate both access keys (rotate the applications' secrets first).
#     cli: |-
#       az storage account keys renew --resource-group <rg> --account-name <account> --key primary
#     terraform: |-
#       resource "azurerm_storage_account" "data" {
#         name                             = "stdata"
#         resource_group_name              = azurerm_resource_group.data.name
#         location                         = "westeurope"
#         account_tier                     = "Standard"
#         account_replication_type         = "ZRS"
#         public_network_access_enabled    = false
#         cross_tenant_replication_enabled = false
#         network_rules {
#           default_action = "Deny"
#           bypass         = ["AzureServices"]
#         }
#         sas_policy { expiration_period = "0.01:00:00" }
#         blob_properties {
#           delete_retention_policy { days = 7 }
#           container_delete_retention_policy { days = 7 }
#         }
#       }
#       # key rotation reminder: az storage account update --key-exp-days 90; a private endpoint: azurerm_private_endpoint
#     url: https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage
#   categories:
#   - identity
package vigil.azure.storage.azure_storage_keys_regenerated

import data.vigil.lib.azure.util

deny contains result if {
	times := object.get(object.get(input.resource.attributes, "properties", {}), "keyCreationTime", {})
	some key in ["key1", "key2"]
	created := object.get(times, key, null)
	not recent(created)
	result := {
		"msg": sprintf("Storage account %s has %s created %v, more than %v days ago (or never recorded)", [input.resource.name, key, created, util.setting("azure_storage_key_max_age_days")]),
		"evidence": {"attribute": sprintf("properties.keyCreationTime.%s", [key]), "value": created},
	}
}

recent(created) if {
	is_string(created)
	data.vigil.now_ns - time.parse_rfc3339_ns(created) <= util.setting("azure_storage_key_max_age_days") * 86400000000000
}
