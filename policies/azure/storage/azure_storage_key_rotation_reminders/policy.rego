# METADATA
# scope: package
# title: Storage accounts have key rotation reminders
# description: properties.keyPolicy.keyExpirationPeriodInDays must be set (greater than 0).
# custom:
#   id: azure_storage_key_rotation_reminders
#   severity: low
#   resource_types:
#   - azure.storage.account
#   risk: Without a key expiration policy, nobody is reminded to rotate the account keys.
#   remediation:
#     text: Set a key expiration period (rotation reminder).
#     cli: |-
#       az storage account update --resource-group <rg> --name <account> --key-exp-days 90
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
package vigil.azure.storage.azure_storage_key_rotation_reminders


deny contains result if {
	days := object.get(object.get(object.get(input.resource.attributes, "properties", {}), "keyPolicy", {}), "keyExpirationPeriodInDays", 0)
	not days > 0
	result := {
		"msg": sprintf("Storage account %s has no key rotation reminder", [input.resource.name]),
		"evidence": {"attribute": "properties.keyPolicy.keyExpirationPeriodInDays", "value": days},
	}
}
