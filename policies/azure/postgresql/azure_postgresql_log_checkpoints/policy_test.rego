package vigil.azure.postgresql.azure_postgresql_log_checkpoints_test

import data.vigil.azure.postgresql.azure_postgresql_log_checkpoints

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "postgresql", "type": "azure.postgresql.flexible_server", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_postgresql_log_checkpoints.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}, "backup": {"geoRedundantBackup": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "on"}}, {"name": "log_checkpoints", "properties": {"value": "on"}}, {"name": "connection_throttle.enable", "properties": {"value": "on"}}, {"name": "logfiles.retention_days", "properties": {"value": "7"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 0
}

test_set_log_checkpoints_OFF_fails if {
	result := azure_postgresql_log_checkpoints.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}, "backup": {"geoRedundantBackup": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "on"}}, {"name": "log_checkpoints", "properties": {"value": "OFF"}}, {"name": "connection_throttle.enable", "properties": {"value": "on"}}, {"name": "logfiles.retention_days", "properties": {"value": "7"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 1
}

test_drop_log_checkpoints_fails if {
	result := azure_postgresql_log_checkpoints.deny with input as {"resource": res({"properties": {"network": {"publicNetworkAccess": "Enabled"}, "backup": {"geoRedundantBackup": "Enabled"}}, "configurations": [{"name": "require_secure_transport", "properties": {"value": "on"}}, {"name": "connection_throttle.enable", "properties": {"value": "on"}}, {"name": "logfiles.retention_days", "properties": {"value": "7"}}], "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}]}, {})}
	count(result) == 1
}
