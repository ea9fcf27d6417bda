# METADATA
# scope: package
# title: AKS API servers are private or limited to authorized IP ranges
# description: properties.apiServerAccessProfile.enablePrivateCluster must be true or authorizedIPRanges non-empty.
# custom:
#   id: azure_aks_api_server_restricted
#   severity: high
#   resource_types:
#   - azure.aks.cluster
#   risk: A public API server open to every address is one stolen kubeconfig or one API vulnerability away from compromise.
#   remediation:
#     text: Make the cluster private or set authorized IP ranges.
#     cli: |-
#       az aks update --resource-group <rg> --name <cluster> --api-server-authorized-ip-ranges 203.0.113.0/24
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
#     url: https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
#   categories:
#   - public-exposure
#   - network
package vigil.azure.aks.azure_aks_api_server_restricted


deny contains result if {
	api := object.get(object.get(input.resource.attributes, "properties", {}), "apiServerAccessProfile", {})
	object.get(api, "enablePrivateCluster", false) != true
	count(object.get(api, "authorizedIPRanges", [])) == 0
	result := {
		"msg": sprintf("AKS cluster %s has a public API server open to every address", [input.resource.name]),
		"evidence": {"attribute": "properties.apiServerAccessProfile", "value": api},
	}
}
