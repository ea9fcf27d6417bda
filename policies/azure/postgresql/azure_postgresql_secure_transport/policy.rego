# METADATA
# scope: package
# title: PostgreSQL flexible servers require TLS connections
# description: The server parameter require_secure_transport must be on.
# custom:
#   id: azure_postgresql_secure_transport
#   severity: high
#   resource_types:
#   - azure.postgresql.flexible_server
#   risk: Connections without TLS expose credentials and data on the network.
#   remediation:
#     text: Set require_secure_transport to on.
#     cli: |-
#       az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name require_secure_transport --value on
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
#   - encryption
package vigil.azure.postgresql.azure_postgresql_secure_transport

import data.vigil.lib.azure.util

deny contains result if {
	value := util.parameter_value(input.resource, "require_secure_transport")
	lower(value) != "on"
	result := {
		"msg": sprintf("PostgreSQL flexible server %s has require_secure_transport %s", [input.resource.name, value]),
		"evidence": {"attribute": "configurations[require_secure_transport]", "value": value},
	}
}
