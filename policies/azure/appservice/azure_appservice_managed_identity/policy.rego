# METADATA
# scope: package
# title: Web apps have a managed identity
# description: identity.type must be present and not None.
# custom:
#   id: azure_appservice_managed_identity
#   severity: low
#   resource_types:
#   - azure.appservice.webapp
#   risk: Without a managed identity, apps reach other services with secrets kept in settings or code.
#   remediation:
#     text: Assign a system- or user-assigned managed identity.
#     cli: |-
#       az webapp identity assign --resource-group <rg> --name <app>
#     terraform: |-
#       resource "azurerm_linux_web_app" "app" {
#         name                    = "app-main"
#         resource_group_name     = azurerm_resource_group.web.name
#         location                = "westeurope"
#         service_plan_id         = azurerm_service_plan.web.id
#         https_only              = true
#         client_certificate_enabled = true
#         client_certificate_mode = "Required"
#         identity { type = "SystemAssigned" }
#         site_config {
#           minimum_tls_version      = "1.2"
#           ftps_state               = "Disabled"
#           http2_enabled            = true
#           remote_debugging_enabled = false
#         }
#         auth_settings_v2 {
#           auth_enabled           = true
#           require_authentication = true
#           login {}
#           active_directory_v2 {
#             client_id            = azuread_application.app.client_id
#             tenant_auth_endpoint = "https://login.microsoftonline.com/<tenant-id>/v2.0"
#           }
#         }
#       }
#     url: https://learn.microsoft.com/azure/app-service/overview-managed-identity
#   categories:
#   - identity
package vigil.azure.appservice.azure_appservice_managed_identity


deny contains result if {
	kind := object.get(object.get(input.resource.attributes, "identity", {}), "type", "None")
	lower(kind) == "none"
	result := {
		"msg": sprintf("Web app %s has no managed identity", [input.resource.name]),
		"evidence": {"attribute": "identity.type", "value": kind},
	}
}
