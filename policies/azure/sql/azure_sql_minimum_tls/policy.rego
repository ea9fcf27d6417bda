# METADATA
# scope: package
# title: SQL servers require TLS 1.2 or later
# description: properties.minimalTlsVersion must be 1.2 or 1.3.
# custom:
#   id: azure_sql_minimum_tls
#   severity: medium
#   resource_types:
#   - azure.sql.server
#   risk: Older TLS versions have known weaknesses.
#   remediation:
#     text: Set the minimal TLS version to 1.2.
#     cli: |-
#       az sql server update --resource-group <rg> --name <server> --minimal-tls-version 1.2
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
#   - encryption
package vigil.azure.sql.azure_sql_minimum_tls


deny contains result if {
	version := object.get(object.get(input.resource.attributes, "properties", {}), "minimalTlsVersion", "none")
	not version in {"1.2", "1.3"}
	result := {
		"msg": sprintf("SQL server %s accepts TLS below 1.2 (minimalTlsVersion %s)", [input.resource.name, version]),
		"evidence": {"attribute": "properties.minimalTlsVersion", "value": version},
	}
}
