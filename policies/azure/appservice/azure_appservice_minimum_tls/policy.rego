# METADATA
# scope: package
# title: Web apps require TLS 1.2 or later
# description: siteConfig.minTlsVersion (config/web) must be 1.2 or 1.3.
# custom:
#   id: azure_appservice_minimum_tls
#   severity: medium
#   resource_types:
#   - azure.appservice.webapp
#   risk: TLS 1.0 and 1.1 have known weaknesses and are deprecated.
#   remediation:
#     text: Set the minimum inbound TLS version to 1.2.
#     cli: |-
#       az webapp config set --resource-group <rg> --name <app> --min-tls-version 1.2
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
package vigil.azure.appservice.azure_appservice_minimum_tls


deny contains result if {
	version := object.get(object.get(input.resource.attributes, "siteConfig", {}), "minTlsVersion", "none")
	not version in {"1.2", "1.3"}
	result := {
		"msg": sprintf("Web app %s accepts TLS below 1.2 (minTlsVersion %s)", [input.resource.name, version]),
		"evidence": {"attribute": "siteConfig.minTlsVersion", "value": version},
	}
}
