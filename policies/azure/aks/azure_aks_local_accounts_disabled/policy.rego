# METADATA
# scope: package
# title: AKS clusters have local accounts disabled
# description: properties.disableLocalAccounts must be true.
# custom:
#   id: azure_aks_local_accounts_disabled
#   severity: medium
#   resource_types:
#   - azure.aks.cluster
#   risk: The local cluster-admin credential bypasses Entra ID, MFA and audit by identity.
#   remediation:
#     text: Disable local accounts (requires Entra integration).
#     cli: |-
#       az aks update --resource-group <rg> --name <cluster> --disable-local-accounts
#     terraform: |-
#       resource "azurerm_kubernetes_cluster" "main" {
#         name                              = "aks-main"
#         resource_group_name               = azurerm_resource_group.aks.name
#         location                          = "westeurope"
#         dns_prefix                        = "aks-main"
#         role_based_access_control_enabled = true
#         local_account_disabled            = true
#         api_server_access_profile {
#           authorized_ip_ranges = ["203.0.113.0/24"]
#         }
#         azure_active_directory_role_based_access_control {
#           azure_rbac_enabled = true
#           tenant_id          = "<tenant-id>"
#         }
#         network_profile {
#           network_plugin = "azure"
#           network_policy = "calico"
#         }
#         default_node_pool {
#           name       = "system"
#           node_count = 3
#           vm_size    = "Standard_D4s_v5"
#         }
#         identity { type = "SystemAssigned" }
#       }
#     url: https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad
#   categories:
#   - identity
package vigil.azure.aks.azure_aks_local_accounts_disabled


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "disableLocalAccounts", false)
	value != true
	result := {
		"msg": sprintf("AKS cluster %s allows local accounts", [input.resource.name]),
		"evidence": {"attribute": "properties.disableLocalAccounts", "value": value},
	}
}
