# METADATA
# scope: package
# title: Storage accounts have soft delete on for blobs and containers
# description: blobService.properties.deleteRetentionPolicy.enabled and containerDeleteRetentionPolicy.enabled must be true.
# custom:
#   id: azure_storage_blob_soft_delete
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: Without soft delete, a deleted or overwritten blob or container is gone for good.
#   remediation:
#     text: Enable blob and container soft delete.
#     cli: |-
#       az storage account blob-service-properties update --resource-group <rg> --account-name <account> --enable-delete-retention true --delete-retention-days 7 --enable-container-delete-retention true --container-delete-retention-days 7
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
#     url: https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview
#   categories:
#   - data-protection
package vigil.azure.storage.azure_storage_blob_soft_delete


deny contains result if {
	props := object.get(object.get(input.resource.attributes, "blobService", {}), "properties", {})
	some policy in ["deleteRetentionPolicy", "containerDeleteRetentionPolicy"]
	object.get(object.get(props, policy, {}), "enabled", false) != true
	result := {
		"msg": sprintf("Storage account %s has %s off", [input.resource.name, policy]),
		"evidence": {"attribute": sprintf("blobService.properties.%s", [policy]), "value": object.get(props, policy, null)},
	}
}
