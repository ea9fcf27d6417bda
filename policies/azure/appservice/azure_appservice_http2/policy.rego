# METADATA
# scope: package
# title: Web apps use HTTP 2.0
# description: siteConfig.http20Enabled (config/web) must be true.
# custom:
#   id: azure_appservice_http2
#   severity: low
#   resource_types:
#   - azure.appservice.webapp
#   risk: HTTP/1.1 lacks HTTP/2's header compression and multiplexing and its stricter TLS requirements.
#   remediation:
#     text: Enable HTTP 2.0.
#     cli: |-
#       az webapp config set --resource-group <rg> --name <app> --http20-enabled true
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
#     url: https://learn.microsoft.com/azure/app-service/configure-common
#   categories:
#   - network
package vigil.azure.appservice.azure_appservice_http2


deny contains result if {
	enabled := object.get(object.get(input.resource.attributes, "siteConfig", {}), "http20Enabled", false)
	enabled != true
	result := {
		"msg": sprintf("Web app %s does not use HTTP 2.0", [input.resource.name]),
		"evidence": {"attribute": "siteConfig.http20Enabled", "value": enabled},
	}
}
