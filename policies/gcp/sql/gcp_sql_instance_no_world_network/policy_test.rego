package vigil.gcp.sql.gcp_sql_instance_no_world_network_test

import data.vigil.gcp.sql.gcp_sql_instance_no_world_network

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_world_fails if {
	result := gcp_sql_instance_no_world_network.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY", "authorizedNetworks": [{"name": "any", "value": "0.0.0.0/0"}]}, "backupConfiguration": {"enabled": true}}}, {})}
	count(result) == 1
}

test_office_passes if {
	result := gcp_sql_instance_no_world_network.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY", "authorizedNetworks": [{"name": "office", "value": "203.0.113.0/24"}]}, "backupConfiguration": {"enabled": true}}}, {})}
	count(result) == 0
}
