# METADATA
# scope: package
# title: MySQL flexible servers accept only TLS 1.2 or later
# description: The server parameter tls_version must list only TLSv1.2 and TLSv1.3.
# custom:
#   id: azure_mysql_minimum_tls
#   severity: medium
#   resource_types:
#   - azure.mysql.flexible_server
#   risk: TLS 1.0 and 1.1 have known weaknesses and are deprecated.
#   remediation:
#     text: Set tls_version to TLSv1.2 (or TLSv1.2,TLSv1.3).
#     cli: |-
#       az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name tls_version --value TLSv1.2
#     terraform: |-
#       resource "azurerm_mysql_flexible_server" "main" {
#         name                = "mysql-main"
#         resource_group_name = azurerm_resource_group.data.name
#         location            = "westeurope"
#         sku_name            = "GP_Standard_D2ds_v4"
#       }
#       resource "azurerm_mysql_flexible_server_configuration" "settings" {
#         for_each = {
#           "require_secure_transport" = "ON"
#           "tls_version"              = "TLSv1.2,TLSv1.3"
#           "audit_log_enabled"        = "ON"
#           "audit_log_events"         = "CONNECTION,ADMIN,DDL"
#         }
#         resource_group_name = azurerm_resource_group.data.name
#         server_name         = azurerm_mysql_flexible_server.main.name
#         name                = each.key
#         value               = each.value
#       }
#       # and no azurerm_mysql_flexible_server_firewall_rule starting at 0.0.0.0
#     url: https://learn.microsoft.com/azure/mysql/flexible-server/concepts-server-parameters
#   categories:
#   - encryption
package vigil.azure.mysql.azure_mysql_minimum_tls

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "tls_version")
	versions := {trim_space(v) | some v in split(upper(value), ",")}
	not allowed(versions)
	result := {
		"msg": sprintf("MySQL flexible server %s accepts %s", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[tls_version]", "value": value},
	}
}

allowed(versions) if {
	count(versions - {""}) > 0
	count(versions - {"TLSV1.2", "TLSV1.3"}) == 0
}
