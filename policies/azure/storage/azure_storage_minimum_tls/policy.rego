# METADATA
# scope: package
# title: Storage accounts require TLS 1.2 or later
# description: properties.minimumTlsVersion must be present and not TLS1_0 or TLS1_1.
# custom:
#   id: azure_storage_minimum_tls
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: TLS 1.0 and 1.1 have known weaknesses and are deprecated.
#   remediation:
#     text: Set the minimum TLS version to TLS1_2.
#     cli: |-
#       az storage account update --name <account> --min-tls-version TLS1_2
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
#   - encryption
package vigil.azure.storage.azure_storage_minimum_tls


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	object.get(props, "minimumTlsVersion", "TLS1_0") in {"TLS1_0", "TLS1_1"}
	result := {
		"msg": sprintf("Storage account %s allows TLS versions before 1.2", [input.resource.name]),
		"evidence": {"attribute": "properties.minimumTlsVersion", "value": object.get(props, "minimumTlsVersion", null)},
	}
}
