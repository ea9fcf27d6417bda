# METADATA
# scope: package
# title: PostgreSQL flexible servers log checkpoints
# description: The server parameter log_checkpoints must be on.
# custom:
#   id: azure_postgresql_log_checkpoints
#   severity: medium
#   resource_types:
#   - azure.postgresql.flexible_server
#   risk: Without checkpoint logs, performance problems and crashes are harder to investigate.
#   remediation:
#     text: Set log_checkpoints to on.
#     cli: |-
#       az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name log_checkpoints --value on
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
#     url: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters
#   categories:
#   - logging
package vigil.azure.postgresql.azure_postgresql_log_checkpoints

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "log_checkpoints")
	lower(value) != "on"
	result := {
		"msg": sprintf("PostgreSQL flexible server %s has log_checkpoints %s", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[log_checkpoints]", "value": value},
	}
}
