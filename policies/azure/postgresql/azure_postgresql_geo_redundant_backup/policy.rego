# METADATA
# scope: package
# title: PostgreSQL flexible servers have geo-redundant backup
# description: properties.backup.geoRedundantBackup must be Enabled.
# custom:
#   id: azure_postgresql_geo_redundant_backup
#   severity: low
#   resource_types:
#   - azure.postgresql.flexible_server
#   risk: Without geo-redundant backup, a regional outage can take the backups with the server.
#   remediation:
#     text: Create the server with geo-redundant backup (it cannot be changed later).
#     cli: |-
#       az postgres flexible-server create --resource-group <rg> --name <server> --geo-redundant-backup Enabled
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
#     url: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore
#   categories:
#   - data-protection
package vigil.azure.postgresql.azure_postgresql_geo_redundant_backup

import data.vigil.lib.azure.util

deny contains result if {
	value := object.get(object.get(object.get(input.resource.attributes, "properties", {}), "backup", {}), "geoRedundantBackup", "Disabled")
	not util.same(value, "Enabled")
	result := {
		"msg": sprintf("PostgreSQL flexible server %s has geo-redundant backup %s", [input.resource.name, value]),
		"evidence": {"attribute": "properties.backup.geoRedundantBackup", "value": value},
	}
}
