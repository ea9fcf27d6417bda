# METADATA
# scope: package
# title: MySQL flexible servers audit connection events
# description: The server parameter audit_log_events must include CONNECTION.
# custom:
#   id: azure_mysql_audit_log_connection_events
#   severity: low
#   resource_types:
#   - azure.mysql.flexible_server
#   risk: Without connection events, logins and failed logins are not audited.
#   remediation:
#     text: Add CONNECTION to audit_log_events.
#     cli: |-
#       az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name audit_log_events --value CONNECTION,ADMIN,DDL
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
#     url: https://learn.microsoft.com/azure/mysql/flexible-server/concepts-audit-logs
#   categories:
#   - logging
package vigil.azure.mysql.azure_mysql_audit_log_connection_events

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "audit_log_events")
	not "CONNECTION" in {trim_space(v) | some v in split(upper(value), ",")}
	result := {
		"msg": sprintf("MySQL flexible server %s does not audit connections (audit_log_events %s)", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[audit_log_events]", "value": value},
	}
}
