# METADATA
# scope: package
# title: PostgreSQL flexible servers keep log files more than 3 days
# description: The server parameter logfiles.retention_days must be greater than 3.
# custom:
#   id: azure_postgresql_log_retention
#   severity: medium
#   resource_types:
#   - azure.postgresql.flexible_server
#   risk: Logs deleted after a few days are gone before most incidents are noticed.
#   remediation:
#     text: Set logfiles.retention_days to 4-7.
#     cli: |-
#       az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name logfiles.retention_days --value 7
#     terraform: |-
#       resource "azurerm_postgresql_flexible_server" "main" {
#         name                         = "psql-main"
#         resource_group_name          = azurerm_resource_group.data.name
#         location                     = "westeurope"
#         version                      = "16"
#         sku_name                     = "GP_Standard_D2ds_v5"
#         geo_redundant_backup_enabled = true
#       }
#       resource "azurerm_postgresql_flexible_server_configuration" "settings" {
#         for_each = {
#           "require_secure_transport"   = "on"
#           "log_checkpoints"            = "on"
#           "connection_throttle.enable" = "on"
#           "logfiles.retention_days"    = "7"
#         }
#         server_id = azurerm_postgresql_flexible_server.main.id
#         name      = each.key
#         value     = each.value
#       }
#       # and no azurerm_postgresql_flexible_server_firewall_rule starting at 0.0.0.0
#     url: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-logging
#   categories:
#   - logging
package vigil.azure.postgresql.azure_postgresql_log_retention

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "logfiles.retention_days")
	not to_number_or_zero(value) > 3
	result := {
		"msg": sprintf("PostgreSQL flexible server %s keeps log files %s days", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[logfiles.retention_days]", "value": value},
	}
}

to_number_or_zero(value) := to_number(value) if regex.match(`^[0-9]+$`, value)

to_number_or_zero(value) := 0 if not regex.match(`^[0-9]+$`, value)
