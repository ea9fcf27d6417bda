# METADATA
# scope: package
# title: Storage accounts do not allow Shared Key authorization
# description: properties.allowSharedKeyAccess must be false.
# custom:
#   id: azure_storage_shared_key_disabled
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: Account keys grant full access, never expire and bypass Entra ID and its audit.
#   remediation:
#     text: Disable Shared Key access and use Entra ID authorization.
#     cli: |-
#       az storage account update --name <account> --allow-shared-key-access false
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
#   - identity
#   - data-protection
package vigil.azure.storage.azure_storage_shared_key_disabled


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.allowSharedKeyAccess == false
	result := {
		"msg": sprintf("Storage account %s allows Shared Key (account key) authorization", [input.resource.name]),
		"evidence": {"attribute": "properties.allowSharedKeyAccess", "value": object.get(props, "allowSharedKeyAccess", null)},
	}
}
