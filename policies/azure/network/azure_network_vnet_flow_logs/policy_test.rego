package vigil.azure.network.azure_network_vnet_flow_logs_test

import data.vigil.azure.network.azure_network_vnet_flow_logs

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "network", "type": "azure.network.vnet", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_none_fails if {
	result := azure_network_vnet_flow_logs.deny with input as {"resource": res({"properties": {}, "flowLogs": []}, {})}
	count(result) == 1
}

test_disabled_fails if {
	result := azure_network_vnet_flow_logs.deny with input as {"resource": res({"properties": {}, "flowLogs": [{"properties": {"enabled": false, "retentionPolicy": {"enabled": true, "days": 90}}}]}, {})}
	count(result) == 1
}

test_enabled_passes if {
	result := azure_network_vnet_flow_logs.deny with input as {"resource": res({"properties": {}, "flowLogs": [{"properties": {"enabled": true, "retentionPolicy": {"enabled": true, "days": 90}}}]}, {})}
	count(result) == 0
}
