package vigil.gcp.sql.gcp_sql_instance_sqlserver_trace_flag_3625_test

import data.vigil.gcp.sql.gcp_sql_instance_sqlserver_trace_flag_3625

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_wanted_passes if {
	result := gcp_sql_instance_sqlserver_trace_flag_3625.deny with input as {"resource": res({"databaseVersion": "SQLSERVER_X", "settings": {"databaseFlags": [{"name": "3625", "value": "on"}]}})}
	count(result) == 0
}

test_other_value_fails if {
	result := gcp_sql_instance_sqlserver_trace_flag_3625.deny with input as {"resource": res({"databaseVersion": "SQLSERVER_X", "settings": {"databaseFlags": [{"name": "3625", "value": "off"}]}})}
	count(result) == 1
}

test_absent_is_default if {
	result := gcp_sql_instance_sqlserver_trace_flag_3625.deny with input as {"resource": res({"databaseVersion": "SQLSERVER_X", "settings": {}})}
	count(result) == 1
}

test_other_engine_passes if {
	result := gcp_sql_instance_sqlserver_trace_flag_3625.deny with input as {"resource": res({"databaseVersion": "MYSQL_X", "settings": {"databaseFlags": [{"name": "3625", "value": "off"}]}})}
	count(result) == 0
}
