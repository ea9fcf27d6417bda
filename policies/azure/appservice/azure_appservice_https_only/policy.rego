# METADATA
# scope: package
# title: Web apps redirect HTTP to HTTPS
# description: properties.httpsOnly must be true.
# custom:
#   id: azure_appservice_https_only
#   severity: high
#   resource_types:
#   - azure.appservice.webapp
#   risk: Plain HTTP exposes session cookies and data to anyone on the path.
#   remediation:
#     text: Turn on HTTPS Only.
#     cli: |-
#       az webapp update --resource-group <rg> --name <app> --https-only true
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
#     url: https://learn.microsoft.com/azure/app-service/overview-security
#   categories:
#   - encryption
#   - network
package vigil.azure.appservice.azure_appservice_https_only


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "httpsOnly", null)
	value != true
	result := {
		"msg": sprintf("Web app %s accepts plain HTTP", [input.resource.name]),
		"evidence": {"attribute": "properties.httpsOnly", "value": value},
	}
}
