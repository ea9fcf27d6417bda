package vigil.azure.mysql.azure_mysql_minimum_tls_test

import data.vigil.azure.mysql.azure_mysql_minimum_tls

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "mysql", "type": "azure.mysql.flexible_server", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_mysql_minimum_tls.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "ON"}}, {"name": "tls_version", "properties": {"value": "TLSv1.2,TLSv1.3"}}, {"name": "audit_log_enabled", "properties": {"value": "ON"}}, {"name": "audit_log_events", "properties": {"value": "CONNECTION,ADMIN"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 0
}

test_set_tls_version_TLSv1_TLSv1_1_TLSv1_2_fails if {
	result := azure_mysql_minimum_tls.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "ON"}}, {"name": "tls_version", "properties": {"value": "TLSv1,TLSv1.1,TLSv1.2"}}, {"name": "audit_log_enabled", "properties": {"value": "ON"}}, {"name": "audit_log_events", "properties": {"value": "CONNECTION,ADMIN"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 1
}

test_drop_tls_version_fails if {
	result := azure_mysql_minimum_tls.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "ON"}}, {"name": "audit_log_enabled", "properties": {"value": "ON"}}, {"name": "audit_log_events", "properties": {"value": "CONNECTION,ADMIN"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 1
}
