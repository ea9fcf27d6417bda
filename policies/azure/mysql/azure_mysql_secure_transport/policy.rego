# METADATA
# scope: package
# title: MySQL flexible servers require TLS connections
# description: The server parameter require_secure_transport must be ON.
# custom:
#   id: azure_mysql_secure_transport
#   severity: high
#   resource_types:
#   - azure.mysql.flexible_server
#   risk: Connections without TLS expose credentials and data on the network.
#   remediation:
#     text: Set require_secure_transport to ON.
#     cli: |-
#       az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name require_secure_transport --value ON
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
package vigil.azure.mysql.azure_mysql_secure_transport

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "require_secure_transport")
	lower(value) != "on"
	result := {
		"msg": sprintf("MySQL flexible server %s has require_secure_transport %s", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[require_secure_transport]", "value": value},
	}
}
