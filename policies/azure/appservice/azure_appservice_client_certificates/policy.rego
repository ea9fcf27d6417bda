# METADATA
# scope: package
# title: Web apps require client certificates
# description: properties.clientCertEnabled must be true.
# custom:
#   id: azure_appservice_client_certificates
#   severity: low
#   resource_types:
#   - azure.appservice.webapp
#   risk: Without client certificates, any client that reaches the app can call it; mutual TLS limits callers to certificate holders.
#   remediation:
#     text: Enable incoming client certificates (mode Required).
#     cli: |-
#       az webapp update --resource-group <rg> --name <app> --set clientCertEnabled=true clientCertMode=Required
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
#     url: https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth
#   categories:
#   - identity
#   - network
package vigil.azure.appservice.azure_appservice_client_certificates


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "properties", {}), "clientCertEnabled", null)
	value != true
	result := {
		"msg": sprintf("Web app %s does not require client certificates", [input.resource.name]),
		"evidence": {"attribute": "properties.clientCertEnabled", "value": value},
	}
}
