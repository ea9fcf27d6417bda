# METADATA
# scope: package
# title: PostgreSQL flexible servers throttle failed connections
# description: The server parameter connection_throttle.enable must be on.
# custom:
#   id: azure_postgresql_connection_throttling
#   severity: medium
#   resource_types:
#   - azure.postgresql.flexible_server
#   risk: Without throttling, password guessing against the server runs at full speed.
#   remediation:
#     text: Set connection_throttle.enable to on.
#     cli: |-
#       az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name connection_throttle.enable --value on
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
package vigil.azure.postgresql.azure_postgresql_connection_throttling

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "connection_throttle.enable")
	lower(value) != "on"
	result := {
		"msg": sprintf("PostgreSQL flexible server %s has connection_throttle.enable %s", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[connection_throttle.enable]", "value": value},
	}
}
