# METADATA
# scope: package
# title: Storage accounts do not allow public blob access
# description: properties.allowBlobPublicAccess must be false.
# custom:
#   id: azure_storage_no_public_blob_access
#   severity: high
#   resource_types:
#   - azure.storage.account
#   risk: A container can then be made anonymously readable by anyone.
#   remediation:
#     text: Disallow blob public access.
#     cli: |-
#       az storage account update --name <account> --allow-blob-public-access false
#     terraform: |-
#       resource "azurerm_storage_account" "data" {
#         name                              = "stdata"
#         resource_group_name               = azurerm_resource_group.data.name
#         location                          = "westeurope"
#         account_tier                      = "Standard"
#         account_replication_type          = "ZRS"
#         https_traffic_only_enabled        = true
#         min_tls_version                   = "TLS1_2"
#         allow_nested_items_to_be_public   = false
#         shared_access_key_enabled         = false
#         infrastructure_encryption_enabled = true
#         network_rules { default_action = "Deny" }
#       }
#     url: https://learn.microsoft.com/azure/storage/common/storage-network-security
#   categories:
#   - public-exposure
#   - data-protection
package vigil.azure.storage.azure_storage_no_public_blob_access


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.allowBlobPublicAccess == false
	result := {
		"msg": sprintf("Storage account %s allows anonymous public blob access", [input.resource.name]),
		"evidence": {"attribute": "properties.allowBlobPublicAccess", "value": object.get(props, "allowBlobPublicAccess", null)},
	}
}
