package vigil.gcp.sql.gcp_sql_instance_backups_enabled_test

import data.vigil.gcp.sql.gcp_sql_instance_backups_enabled

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_off_fails if {
	result := gcp_sql_instance_backups_enabled.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY"}, "backupConfiguration": {"enabled": false}}}, {})}
	count(result) == 1
}

test_on_passes if {
	result := gcp_sql_instance_backups_enabled.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY"}, "backupConfiguration": {"enabled": true}}}, {})}
	count(result) == 0
}
