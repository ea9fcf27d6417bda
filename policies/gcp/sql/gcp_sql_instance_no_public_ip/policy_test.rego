package vigil.gcp.sql.gcp_sql_instance_no_public_ip_test

import data.vigil.gcp.sql.gcp_sql_instance_no_public_ip

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_public_fails if {
	result := gcp_sql_instance_no_public_ip.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": true}}}, {})}
	count(result) == 1
}

test_private_passes if {
	result := gcp_sql_instance_no_public_ip.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY"}, "backupConfiguration": {"enabled": true}}}, {})}
	count(result) == 0
}
