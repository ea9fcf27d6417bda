# METADATA
# scope: package
# title: SQL servers have a Microsoft Entra administrator
# description: Some administrators entry must have administratorType ActiveDirectory.
# custom:
#   id: azure_sql_entra_admin
#   severity: medium
#   resource_types:
#   - azure.sql.server
#   risk: Without an Entra admin, database access relies on SQL logins with passwords outside MFA and
#     central revocation.
#   remediation:
#     text: Set a Microsoft Entra group as the server administrator.
#     cli: |-
#       az sql server ad-admin create --resource-group <rg> --server-name <server> --display-name sql-admins --object-id <group-id>
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
#   - identity
package vigil.azure.sql.azure_sql_entra_admin

import data.vigil.lib.azure.util

deny contains result if {
	not entra_admin
	result := {
		"msg": sprintf("SQL server %s has no Microsoft Entra administrator", [input.resource.name]),
		"evidence": {"attribute": "administrators", "value": object.get(input.resource.attributes, "administrators", [])},
	}
}

entra_admin if {
	some a in object.get(input.resource.attributes, "administrators", [])
	util.same(a.properties.administratorType, "ActiveDirectory")
}
