package vigil.gcp.logging.gcp_logging_sink_all_entries_test

import data.vigil.gcp.logging.gcp_logging_sink_all_entries

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "logging", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_no_sink_fails if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {}}
	count(result) == 1
}

test_unfiltered_sink_passes if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.sink": [{"attributes": {"name": "all", "destination": "bigquery.googleapis.com/projects/p/datasets/logs"}}]}}
	count(result) == 0
}

test_filtered_sink_fails if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.sink": [{"attributes": {"name": "errors", "filter": "severity>=ERROR"}}]}}
	count(result) == 1
}

test_disabled_sink_fails if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.sink": [{"attributes": {"name": "all", "filter": "", "disabled": true}}]}}
	count(result) == 1
}

test_aggregated_folder_sink_passes if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {}, "account": {"ou_path": ["organizations/9", "folders/1"]}} with data.vigil.org as {"policies": [{"type": "LOG_SINK", "id": "folders/1/sinks/all", "targets": ["folders/1"], "document": {"name": "all", "destination": "storage.googleapis.com/b", "includeChildren": true}}]}
	count(result) == 0
}

test_folder_sink_without_children_fails if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {}, "account": {"ou_path": ["organizations/9", "folders/1"]}} with data.vigil.org as {"policies": [{"type": "LOG_SINK", "id": "folders/1/sinks/all", "targets": ["folders/1"], "document": {"name": "all", "destination": "storage.googleapis.com/b", "includeChildren": false}}]}
	count(result) == 1
}

test_other_folder_sink_fails if {
	result := gcp_logging_sink_all_entries.deny with input as {"resource": res({}), "account_resources": {}, "account": {"ou_path": ["organizations/9", "folders/2"]}} with data.vigil.org as {"policies": [{"type": "LOG_SINK", "id": "folders/1/sinks/all", "targets": ["folders/1"], "document": {"name": "all", "destination": "storage.googleapis.com/b", "includeChildren": true}}]}
	count(result) == 1
}
