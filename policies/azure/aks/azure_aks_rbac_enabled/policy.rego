# METADATA
# scope: package
# title: AKS clusters have Kubernetes RBAC enabled
# description: properties.enableRBAC must be true.
# custom:
#   id: azure_aks_rbac_enabled
#   severity: high
#   resource_types:
#   - azure.aks.cluster
#   risk: Without Kubernetes RBAC every authenticated user is cluster admin.
#   remediation:
#     text: Create the cluster with RBAC (it cannot be turned on later).
#     cli: |-
#       az aks create --resource-group <rg> --name <cluster> --enable-aad --enable-azure-rbac
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
#     url: https://learn.microsoft.com/azure/aks/concepts-identity
#   categories:
#   - identity
#   - compute
package vigil.azure.aks.azure_aks_rbac_enabled


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "enableRBAC", false)
	value != true
	result := {
		"msg": sprintf("AKS cluster %s has Kubernetes RBAC disabled", [input.resource.name]),
		"evidence": {"attribute": "properties.enableRBAC", "value": value},
	}
}
