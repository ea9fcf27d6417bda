# METADATA
# scope: package
# title: AKS clusters authenticate users with Microsoft Entra ID
# description: properties.aadProfile.managed must be true.
# custom:
#   id: azure_aks_entra_integration
#   severity: medium
#   resource_types:
#   - azure.aks.cluster
#   risk: Without Entra integration, cluster access rests on client certificates that cannot be revoked one by one nor held to MFA.
#   remediation:
#     text: Enable AKS-managed Microsoft Entra integration.
#     cli: |-
#       az aks update --resource-group <rg> --name <cluster> --enable-aad --aad-admin-group-object-ids <group-id>
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
#     url: https://learn.microsoft.com/azure/aks/enable-authentication-microsoft-entra-id
#   categories:
#   - identity
package vigil.azure.aks.azure_aks_entra_integration


deny contains result if {
	profile := object.get(object.get(input.resource.attributes, "properties", {}), "aadProfile", {})
	object.get(profile, "managed", false) != true
	result := {
		"msg": sprintf("AKS cluster %s is not integrated with Microsoft Entra ID", [input.resource.name]),
		"evidence": {"attribute": "properties.aadProfile", "value": profile},
	}
}
