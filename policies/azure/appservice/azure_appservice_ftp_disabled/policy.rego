# METADATA
# scope: package
# title: Web apps allow only FTPS or no FTP at all
# description: siteConfig.ftpsState (config/web) must be FtpsOnly or Disabled; absent means AllAllowed.
# custom:
#   id: azure_appservice_ftp_disabled
#   severity: medium
#   resource_types:
#   - azure.appservice.webapp
#   risk: Plain FTP sends deployment credentials and code in clear text.
#   remediation:
#     text: Set the FTP state to Disabled (or FTPS only).
#     cli: |-
#       az webapp config set --resource-group <rg> --name <app> --ftps-state Disabled
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
#     url: https://learn.microsoft.com/azure/app-service/deploy-ftp
#   categories:
#   - encryption
package vigil.azure.appservice.azure_appservice_ftp_disabled


deny contains result if {
	state := object.get(object.get(input.resource.attributes, "siteConfig", {}), "ftpsState", "AllAllowed")
	not lower(state) in {"ftpsonly", "disabled"}
	result := {
		"msg": sprintf("Web app %s allows plain FTP (ftpsState %s)", [input.resource.name, state]),
		"evidence": {"attribute": "siteConfig.ftpsState", "value": state},
	}
}
