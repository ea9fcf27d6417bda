# METADATA
# scope: package
# title: Transparent data encryption is on for every SQL database
# description: Every database (except master) must have transparentDataEncryption state Enabled.
# custom:
#   id: azure_sql_tde_enabled
#   severity: high
#   resource_types:
#   - azure.sql.server
#   risk: Database files, backups and logs are readable by anyone who obtains them.
#   remediation:
#     text: Enable TDE on the database.
#     cli: |-
#       az sql db tde set --resource-group <rg> --server <server> --database <db> --status Enabled
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
package vigil.azure.sql.azure_sql_tde_enabled

import data.vigil.lib.azure.util

deny contains result if {
	some i, db in object.get(input.resource.attributes, "databases", [])
	state := object.get(object.get(object.get(db, "transparentDataEncryption", {}), "properties", {}), "state", "Disabled")
	not util.same(state, "Enabled")
	result := {
		"msg": sprintf("SQL server %s: database %s has transparent data encryption %s", [input.resource.name, db.name, state]),
		"evidence": {"attribute": sprintf("databases[%d].transparentDataEncryption", [i]), "value": state},
	}
}
