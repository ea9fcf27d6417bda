package vigil.gcp.sql.gcp_sql_instance_sqlserver_user_options_unset_test

import data.vigil.gcp.sql.gcp_sql_instance_sqlserver_user_options_unset

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "sql", "type": "gcp.sql.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_set_fails if {
	result := gcp_sql_instance_sqlserver_user_options_unset.deny with input as {"resource": res({"databaseVersion": "SQLSERVER_2019_STANDARD", "settings": {"databaseFlags": [{"name": "user options", "value": "16"}]}})}
	count(result) == 1
}

test_unset_passes if {
	result := gcp_sql_instance_sqlserver_user_options_unset.deny with input as {"resource": res({"databaseVersion": "SQLSERVER_2019_STANDARD", "settings": {"databaseFlags": [{"name": "3625", "value": "on"}]}})}
	count(result) == 0
}

test_other_engine_passes if {
	result := gcp_sql_instance_sqlserver_user_options_unset.deny with input as {"resource": res({"databaseVersion": "POSTGRES_16", "settings": {"databaseFlags": [{"name": "user options", "value": "16"}]}})}
	count(result) == 0
}
