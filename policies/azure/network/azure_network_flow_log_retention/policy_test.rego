package vigil.azure.network.azure_network_flow_log_retention_test

import data.vigil.azure.network.azure_network_flow_log_retention

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "network", "type": "azure.network.vnet", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_thirty_days_fails if {
	result := azure_network_flow_log_retention.deny with input as {"resource": res({"properties": {}, "flowLogs": [{"properties": {"enabled": true, "retentionPolicy": {"enabled": true, "days": 30}}}]}, {})}
	count(result) == 1
}

test_ninety_passes if {
	result := azure_network_flow_log_retention.deny with input as {"resource": res({"properties": {}, "flowLogs": [{"properties": {"enabled": true, "retentionPolicy": {"enabled": true, "days": 90}}}]}, {})}
	count(result) == 0
}

test_forever_passes if {
	result := azure_network_flow_log_retention.deny with input as {"resource": res({"properties": {}, "flowLogs": [{"properties": {"enabled": true, "retentionPolicy": {"enabled": true, "days": 0}}}]}, {})}
	count(result) == 0
}
