# METADATA
# scope: package
# title: SQL servers do not allow all Azure services or the internet through the firewall
# description: No firewall rule may start at 0.0.0.0 (Allow Azure services, or the whole internet).
# custom:
#   id: azure_sql_firewall_no_public_range
#   severity: critical
#   resource_types:
#   - azure.sql.server
#   risk: Any tenant's Azure resource, or anyone, can reach the server and try its logins.
#   remediation:
#     text: Delete the rule; use private endpoints or specific ranges.
#     cli: |-
#       az sql server firewall-rule delete --resource-group <rg> --server <server> --name AllowAllWindowsAzureIps
#     terraform: |-
#       resource "azurerm_mssql_server" "main" {
#         name                          = "sql-main"
#         resource_group_name           = azurerm_resource_group.data.name
#         location                      = "westeurope"
#         version                       = "12.0"
#         minimum_tls_version           = "1.2"
#         public_network_access_enabled = false
#         azuread_administrator {
#           login_username              = "sql-admins"
#           object_id                   = azuread_group.sql_admins.object_id
#           azuread_authentication_only = true
#         }
#       }
#       resource "azurerm_mssql_server_extended_auditing_policy" "main" {
#         server_id         = azurerm_mssql_server.main.id
#         retention_in_days = 90
#       }
#     url: https://learn.microsoft.com/azure/azure-sql/database/security-overview
#   categories:
#   - network
#   - public-exposure
package vigil.azure.sql.azure_sql_firewall_no_public_range


deny contains result if {
	some i, rule in object.get(input.resource.attributes, "firewallRules", [])
	rule.properties.startIpAddress == "0.0.0.0"
	result := {
		"msg": sprintf("SQL server %s firewall rule %s opens %s-%s", [input.resource.name, rule.name, rule.properties.startIpAddress, rule.properties.endIpAddress]),
		"evidence": {"attribute": sprintf("firewallRules[%d]", [i]), "value": rule},
	}
}
