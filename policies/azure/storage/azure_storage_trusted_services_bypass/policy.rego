# METADATA
# scope: package
# title: Storage account firewalls let trusted Azure services through
# description: properties.networkAcls.bypass must include AzureServices.
# custom:
#   id: azure_storage_trusted_services_bypass
#   severity: low
#   resource_types:
#   - azure.storage.account
#   risk: Without the bypass, Azure Backup, Monitor and other trusted services fail, and teams open the firewall instead.
#   remediation:
#     text: Allow trusted Azure services on the firewall.
#     cli: |-
#       az storage account update --resource-group <rg> --name <account> --bypass AzureServices
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
#   - network
package vigil.azure.storage.azure_storage_trusted_services_bypass


deny contains result if {
	bypass := object.get(object.get(object.get(input.resource.attributes, "properties", {}), "networkAcls", {}), "bypass", "None")
	not "azureservices" in {lower(trim_space(b)) | some b in split(bypass, ",")}
	result := {
		"msg": sprintf("Storage account %s does not let trusted Azure services through (bypass %s)", [input.resource.name, bypass]),
		"evidence": {"attribute": "properties.networkAcls.bypass", "value": bypass},
	}
}
