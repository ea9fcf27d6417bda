package vigil.azure.sql.azure_sql_tde_enabled_test

import data.vigil.azure.sql.azure_sql_tde_enabled

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "sql", "type": "azure.sql.server", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_sql_tde_enabled.deny with input as {"resource": res({"properties": {"minimalTlsVersion": "1.2"}, "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}], "auditingSettings": {"properties": {"state": "Enabled"}}, "administrators": [{"properties": {"administratorType": "ActiveDirectory"}}], "databases": [{"name": "orders", "transparentDataEncryption": {"properties": {"state": "Enabled"}}}]}, {})}
	count(result) == 0
}

test_fails if {
	result := azure_sql_tde_enabled.deny with input as {"resource": res({"properties": {"minimalTlsVersion": "1.2"}, "firewallRules": [{"name": "office", "properties": {"startIpAddress": "203.0.113.0", "endIpAddress": "203.0.113.255"}}], "auditingSettings": {"properties": {"state": "Enabled"}}, "administrators": [{"properties": {"administratorType": "ActiveDirectory"}}], "databases": [{"name": "orders", "transparentDataEncryption": {"properties": {"state": "Disabled"}}}]}, {})}
	count(result) == 1
}
