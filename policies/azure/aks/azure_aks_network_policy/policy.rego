# METADATA
# scope: package
# title: AKS clusters enforce a network policy
# description: properties.networkProfile.networkPolicy must be set and not none.
# custom:
#   id: azure_aks_network_policy
#   severity: medium
#   resource_types:
#   - azure.aks.cluster
#   risk: Without a network policy engine every pod can reach every other pod.
#   remediation:
#     text: Enable a network policy engine (Azure, Calico or Cilium).
#     cli: |-
#       az aks update --resource-group <rg> --name <cluster> --network-policy calico
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
#     url: https://learn.microsoft.com/azure/aks/use-network-policies
#   categories:
#   - network
package vigil.azure.aks.azure_aks_network_policy


deny contains result if {
	policy := object.get(object.get(object.get(input.resource.attributes, "properties", {}), "networkProfile", {}), "networkPolicy", "")
	lower(policy) in {"", "none"}
	result := {
		"msg": sprintf("AKS cluster %s has no network policy", [input.resource.name]),
		"evidence": {"attribute": "properties.networkProfile.networkPolicy", "value": policy},
	}
}
