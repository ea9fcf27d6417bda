# METADATA
# scope: package
# title: Storage account firewalls deny by default
# description: properties.networkAcls.defaultAction must be Deny.
# custom:
#   id: azure_storage_default_network_deny
#   severity: medium
#   resource_types:
#   - azure.storage.account
#   risk: With Allow, every network on the internet can reach the account endpoints.
#   remediation:
#     text: Set the default network action to Deny and allow the networks that need access.
#     cli: |-
#       az storage account update --name <account> --default-action Deny
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
#   - network
#   - public-exposure
package vigil.azure.storage.azure_storage_default_network_deny


deny contains result if {
	props := object.get(input.resource.attributes, "properties", {})
	not props.networkAcls.defaultAction == "Deny"
	result := {
		"msg": sprintf("Storage account %s allows access from all networks by default", [input.resource.name]),
		"evidence": {"attribute": "properties.networkAcls.defaultAction", "value": object.get(props, "networkAcls", null)},
	}
}
