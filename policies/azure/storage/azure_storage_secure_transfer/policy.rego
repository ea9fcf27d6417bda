# METADATA
# scope: package
# title: Storage accounts accept HTTPS only
# description: properties.supportsHttpsTrafficOnly must be true.
# custom:
#   id: azure_storage_secure_transfer
#   severity: high
#   resource_types:
#   - azure.storage.account
#   risk: Plain HTTP exposes data and shared access signatures in transit.
#   remediation:
#     text: Enable secure transfer required.
#     cli: |-
#       az storage account update --name <account> --https-only true
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
package vigil.azure.storage.azure_storage_secure_transfer


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.supportsHttpsTrafficOnly == true
	result := {
		"msg": sprintf("Storage account %s accepts plain HTTP", [input.resource.name]),
		"evidence": {"attribute": "properties.supportsHttpsTrafficOnly", "value": object.get(props, "supportsHttpsTrafficOnly", null)},
	}
}
