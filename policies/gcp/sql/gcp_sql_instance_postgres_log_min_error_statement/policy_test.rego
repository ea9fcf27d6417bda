package vigil.gcp.sql.gcp_sql_instance_postgres_log_min_error_statement_test

import data.vigil.gcp.sql.gcp_sql_instance_postgres_log_min_error_statement

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_stricter_passes if {
	result := gcp_sql_instance_postgres_log_min_error_statement.deny with input as {"resource": res({"databaseVersion": "POSTGRES_X", "settings": {"databaseFlags": [{"name": "log_min_error_statement", "value": "panic"}]}})}
	count(result) == 0
}

test_looser_fails if {
	result := gcp_sql_instance_postgres_log_min_error_statement.deny with input as {"resource": res({"databaseVersion": "POSTGRES_X", "settings": {"databaseFlags": [{"name": "log_min_error_statement", "value": "warning"}]}})}
	count(result) == 1
}

test_absent_passes if {
	result := gcp_sql_instance_postgres_log_min_error_statement.deny with input as {"resource": res({"databaseVersion": "POSTGRES_X"})}
	count(result) == 0
}

test_other_engine_passes if {
	result := gcp_sql_instance_postgres_log_min_error_statement.deny with input as {"resource": res({"databaseVersion": "MYSQL_8_0", "settings": {"databaseFlags": [{"name": "log_min_error_statement", "value": "warning"}]}})}
	count(result) == 0
}
