package vigil.azure.mysql.azure_mysql_firewall_no_public_range_test

import data.vigil.azure.mysql.azure_mysql_firewall_no_public_range

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "mysql", "type": "azure.mysql.flexible_server", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_mysql_firewall_no_public_range.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "ON"}}, {"name": "tls_version", "properties": {"value": "TLSv1.2,TLSv1.3"}}, {"name": "audit_log_enabled", "properties": {"value": "ON"}}, {"name": "audit_log_events", "properties": {"value": "CONNECTION,ADMIN"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 0
}

test_rule_0_0_0_0_0_0_0_0_fails if {
	result := azure_mysql_firewall_no_public_range.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "ON"}}, {"name": "tls_version", "properties": {"value": "TLSv1.2,TLSv1.3"}}, {"name": "audit_log_enabled", "properties": {"value": "ON"}}, {"name": "audit_log_events", "properties": {"value": "CONNECTION,ADMIN"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}, {"name": "planted", "properties": {"startIpAddress": "0.0.0.0", "endIpAddress": "0.0.0.0"}}]}, {})}
	count(result) == 1
}

test_rule_0_0_0_0_255_255_255_255_fails if {
	result := azure_mysql_firewall_no_public_range.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "ON"}}, {"name": "tls_version", "properties": {"value": "TLSv1.2,TLSv1.3"}}, {"name": "audit_log_enabled", "properties": {"value": "ON"}}, {"name": "audit_log_events", "properties": {"value": "CONNECTION,ADMIN"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}, {"name": "planted", "properties": {"startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"}}]}, {})}
	count(result) == 1
}
