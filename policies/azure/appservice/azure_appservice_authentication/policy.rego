# METADATA
# scope: package
# title: App Service authentication is enabled on web apps
# description: authSettingsV2.platform.enabled (config/authsettingsV2) must be true.
# custom:
#   id: azure_appservice_authentication
#   severity: medium
#   resource_types:
#   - azure.appservice.webapp
#   risk: Without App Service authentication, every request reaches the app's own (or no) sign-in code.
#   remediation:
#     text: Enable App Service authentication with an identity provider.
#     cli: |-
#       az webapp auth update --resource-group <rg> --name <app> --enabled true
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
#     url: https://learn.microsoft.com/azure/app-service/overview-authentication-authorization
#   categories:
#   - identity
package vigil.azure.appservice.azure_appservice_authentication


deny contains result if {
	enabled := object.get(object.get(object.get(input.resource.attributes, "authSettingsV2", {}), "platform", {}), "enabled", false)
	enabled != true
	result := {
		"msg": sprintf("Web app %s has App Service authentication off", [input.resource.name]),
		"evidence": {"attribute": "authSettingsV2.platform.enabled", "value": enabled},
	}
}
