# METADATA
# scope: package
# title: Storage accounts have public network access disabled
# description: properties.publicNetworkAccess must be Disabled.
# custom:
#   id: azure_storage_public_network_disabled
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: Public network access lets any network reach the account's endpoints, leaving only keys and tokens in the way.
#   remediation:
#     text: Disable public network access; use private endpoints.
#     cli: |-
#       az storage account update --resource-group <rg> --name <account> --public-network-access Disabled
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
#     url: https://learn.microsoft.com/azure/storage/common/storage-network-security
#   categories:
#   - public-exposure
#   - network
package vigil.azure.storage.azure_storage_public_network_disabled

import data.vigil.lib.azure.util

deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "publicNetworkAccess", "Enabled")
	not util.same(value, "Disabled")
	result := {
		"msg": sprintf("Storage account %s has public network access %s", [input.resource.name, value]),
		"evidence": {"attribute": "properties.publicNetworkAccess", "value": value},
	}
}
