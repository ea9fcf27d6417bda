# METADATA
# scope: package
# title: PostgreSQL flexible servers do not allow all Azure services or the internet through the firewall
# description: No firewallRules entry may start at 0.0.0.0 (0.0.0.0-0.0.0.0 is Allow public access from any Azure service; 0.0.0.0-255.255.255.255 is the whole internet).
# custom:
#   id: azure_postgresql_firewall_no_public_range
#   severity: critical
#   resource_types:
#   - azure.postgresql.flexible_server
#   risk: Any Azure customer's resources, or anyone on the internet, can reach the server's login.
#   remediation:
#     text: Delete firewall rules that start at 0.0.0.0; use private access or named ranges.
#     cli: |-
#       az postgres flexible-server firewall-rule delete --resource-group <rg> --name <server> --rule-name <rule>
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
#     url: https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules
#   categories:
#   - public-exposure
#   - network
package vigil.azure.postgresql.azure_postgresql_firewall_no_public_range


deny contains result if {
	some rule in object.get(input.resource.attributes, "firewallRules", [])
	rule.properties.startIpAddress == "0.0.0.0"
	result := {
		"msg": sprintf("PostgreSQL flexible server %s allows %s-%s through firewall rule %s", [input.resource.name, rule.properties.startIpAddress, rule.properties.endIpAddress, rule.name]),
		"evidence": {"attribute": "firewallRules", "value": rule},
	}
}
