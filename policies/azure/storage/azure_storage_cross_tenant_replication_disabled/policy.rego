# METADATA
# scope: package
# title: Storage accounts do not allow cross-tenant replication
# description: properties.allowCrossTenantReplication must be false.
# custom:
#   id: azure_storage_cross_tenant_replication_disabled
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: Object replication to another tenant can copy the data out of the organization.
#   remediation:
#     text: Disallow cross-tenant replication.
#     cli: |-
#       az storage account update --resource-group <rg> --name <account> --allow-cross-tenant-replication false
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
#     url: https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies
#   categories:
#   - data-protection
package vigil.azure.storage.azure_storage_cross_tenant_replication_disabled


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "allowCrossTenantReplication", null)
	value != false
	result := {
		"msg": sprintf("Storage account %s allows cross-tenant replication", [input.resource.name]),
		"evidence": {"attribute": "properties.allowCrossTenantReplication", "value": value},
	}
}
