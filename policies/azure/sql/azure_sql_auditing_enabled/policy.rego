# METADATA
# scope: package
# title: SQL server auditing is enabled
# description: auditingSettings.properties.state must be Enabled.
# custom:
#   id: azure_sql_auditing_enabled
#   severity: medium
#   resource_types:
#   - azure.sql.server
#   risk: Without auditing, data access and privilege changes in the database leave no trace.
#   remediation:
#     text: Enable server auditing to Log Analytics or storage.
#     cli: |-
#       az sql server audit-policy update --resource-group <rg> --name <server> --state Enabled --lats Enabled --lawri <workspace-id>
#     terraform: |-
#       resource "azurerm_mssql_server" "main" {
#         name                          = "sql-main"
#         resource_group_name           = azurerm_resource_group.data.name
#         location                      = "westeurope"
#         version                       = "12.0"
#         minimum_tls_version           = "1.2"
#         public_network_access_enabled = false
#         azuread_administrator {
#           login_username              = "sql-admins"
#           object_id                   = azuread_group.sql_admins.object_id
#           azuread_authentication_only = true
#         }
#       }
#       resource "azurerm_mssql_server_extended_auditing_policy" "main" {
#         server_id         = azurerm_mssql_server.main.id
#         retention_in_days = 90
#       }
#     url: https://learn.microsoft.com/azure/azure-sql/database/security-overview
#   categories:
#   - logging
package vigil.azure.sql.azure_sql_auditing_enabled

import data.vigil.lib.azure.util

deny contains result if {
	state := object.get(object.get(object.get(input.resource.attributes, "auditingSettings", {}), "properties", {}), "state", "Disabled")
	not util.same(state, "Enabled")
	result := {
		"msg": sprintf("SQL server %s has auditing %s", [input.resource.name, state]),
		"evidence": {"attribute": "auditingSettings.properties.state", "value": state},
	}
}
