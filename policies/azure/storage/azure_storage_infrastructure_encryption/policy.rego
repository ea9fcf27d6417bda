# METADATA
# scope: package
# title: Storage accounts use infrastructure (double) encryption
# description: properties.encryption.requireInfrastructureEncryption must be true.
# custom:
#   id: azure_storage_infrastructure_encryption
#   severity: low
#   resource_types:
#   - azure.storage.account
#   risk: A single layer of encryption at rest leaves no defence if that layer is compromised.
#   remediation:
#     text: Create the account with infrastructure encryption (it cannot be enabled later) and migrate
#       the data.
#     cli: |-
#       az storage account create --name <account> --resource-group <rg> --require-infrastructure-encryption
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
package vigil.azure.storage.azure_storage_infrastructure_encryption


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.encryption.requireInfrastructureEncryption == true
	result := {
		"msg": sprintf("Storage account %s does not use infrastructure encryption", [input.resource.name]),
		"evidence": {"attribute": "properties.encryption.requireInfrastructureEncryption", "value": object.get(props, "encryption", null)},
	}
}
