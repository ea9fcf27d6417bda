# METADATA
# scope: package
# title: Storage accounts are reached through private endpoints
# description: Some properties.privateEndpointConnections entry must have privateLinkServiceConnectionState.status Approved.
# custom:
#   id: azure_storage_private_endpoints
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: Without a private endpoint, traffic to the account leaves the virtual network.
#   remediation:
#     text: Create a private endpoint for the account.
#     cli: |-
#       az network private-endpoint create --resource-group <rg> --name pe-<account> --subnet <subnet-id> --private-connection-resource-id <account-id> --group-id blob --connection-name blob
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
#     url: https://learn.microsoft.com/azure/storage/common/storage-private-endpoints
#   categories:
#   - network
package vigil.azure.storage.azure_storage_private_endpoints

import data.vigil.lib.azure.util

deny contains result if {
	not approved_endpoint
	result := {
		"msg": sprintf("Storage account %s has no approved private endpoint", [input.resource.name]),
		"evidence": {"attribute": "properties.privateEndpointConnections", "value": object.get(object.get(input.resource.attributes, "properties", {}), "privateEndpointConnections", [])},
	}
}

approved_endpoint if {
	some c in object.get(object.get(input.resource.attributes, "properties", {}), "privateEndpointConnections", [])
	util.same(c.properties.privateLinkServiceConnectionState.status, "Approved")
}
