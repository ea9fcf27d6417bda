# METADATA
# scope: package
# title: MySQL flexible servers do not allow all Azure services or the internet through the firewall
# description: No firewallRules entry may start at 0.0.0.0 (0.0.0.0-0.0.0.0 is Allow public access from any Azure service; 0.0.0.0-255.255.255.255 is the whole internet).
# custom:
#   id: azure_mysql_firewall_no_public_range
#   severity: critical
#   resource_types:
#   - azure.mysql.flexible_server
#   risk: Any Azure customer's resources, or anyone on the internet, can reach the server's login.
#   remediation:
#     text: Delete firewall rules that start at 0.0.0.0; use private access or named ranges.
#     cli: |-
#       az mysql flexible-server firewall-rule delete --resource-group <rg> --name <server> --rule-name <rule>
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
#     url: https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking-public
#   categories:
#   - public-exposure
#   - network
package vigil.azure.mysql.azure_mysql_firewall_no_public_range


deny contains result if {
	some rule in object.get(input.resource.attributes, "firewallRules", [])
	rule.properties.startIpAddress == "0.0.0.0"
	result := {
		"msg": sprintf("MySQL flexible server %s allows %s-%s through firewall rule %s", [input.resource.name, rule.properties.startIpAddress, rule.properties.endIpAddress, rule.name]),
		"evidence": {"attribute": "firewallRules", "value": rule},
	}
}
