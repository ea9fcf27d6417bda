# METADATA
# scope: package
# title: Web apps have remote debugging off
# description: siteConfig.remoteDebuggingEnabled (config/web) must not be true.
# custom:
#   id: azure_appservice_remote_debugging_off
#   severity: medium
#   resource_types:
#   - azure.appservice.webapp
#   risk: Remote debugging opens extra inbound ports and lets a debugger attach to production code.
#   remediation:
#     text: Turn remote debugging off.
#     cli: |-
#       az webapp config set --resource-group <rg> --name <app> --remote-debugging-enabled false
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
#   - compute
package vigil.azure.appservice.azure_appservice_remote_debugging_off


deny contains result if {
	object.get(object.get(input.resource.attributes, "siteConfig", {}), "remoteDebuggingEnabled", false) == true
	result := {
		"msg": sprintf("Web app %s has remote debugging on", [input.resource.name]),
		"evidence": {"attribute": "siteConfig.remoteDebuggingEnabled", "value": true},
	}
}
