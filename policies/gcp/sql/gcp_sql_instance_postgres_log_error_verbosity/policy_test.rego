package vigil.gcp.sql.gcp_sql_instance_postgres_log_error_verbosity_test

import data.vigil.gcp.sql.gcp_sql_instance_postgres_log_error_verbosity

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_stricter_passes if {
	result := gcp_sql_instance_postgres_log_error_verbosity.deny with input as {"resource": res({"databaseVersion": "POSTGRES_X", "settings": {"databaseFlags": [{"name": "log_error_verbosity", "value": "terse"}]}})}
	count(result) == 0
}

test_looser_fails if {
	result := gcp_sql_instance_postgres_log_error_verbosity.deny with input as {"resource": res({"databaseVersion": "POSTGRES_X", "settings": {"databaseFlags": [{"name": "log_error_verbosity", "value": "verbose"}]}})}
	count(result) == 1
}

test_absent_passes if {
	result := gcp_sql_instance_postgres_log_error_verbosity.deny with input as {"resource": res({"databaseVersion": "POSTGRES_X"})}
	count(result) == 0
}

test_other_engine_passes if {
	result := gcp_sql_instance_postgres_log_error_verbosity.deny with input as {"resource": res({"databaseVersion": "MYSQL_8_0", "settings": {"databaseFlags": [{"name": "log_error_verbosity", "value": "verbose"}]}})}
	count(result) == 0
}
