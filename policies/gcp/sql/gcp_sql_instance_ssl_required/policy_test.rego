package vigil.gcp.sql.gcp_sql_instance_ssl_required_test

import data.vigil.gcp.sql.gcp_sql_instance_ssl_required

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_allow_unencrypted_fails if {
	result := gcp_sql_instance_ssl_required.deny with input as {"resource": res({"settings": {"ipConfiguration": {"sslMode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED", "requireSsl": false}}}, {})}
	count(result) == 1
}

test_legacy_require_ssl_passes if {
	result := gcp_sql_instance_ssl_required.deny with input as {"resource": res({"settings": {"ipConfiguration": {"requireSsl": true}}}, {})}
	count(result) == 0
}

test_nothing_fails if {
	result := gcp_sql_instance_ssl_required.deny with input as {"resource": res({"settings": {"ipConfiguration": {}}}, {})}
	count(result) == 1
}

test_encrypted_passes if {
	result := gcp_sql_instance_ssl_required.deny with input as {"resource": res({"settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY"}, "backupConfiguration": {"enabled": true}}}, {})}
	count(result) == 0
}
