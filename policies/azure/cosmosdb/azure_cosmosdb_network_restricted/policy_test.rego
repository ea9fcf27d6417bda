package vigil.azure.cosmosdb.azure_cosmosdb_network_restricted_test

import data.vigil.azure.cosmosdb.azure_cosmosdb_network_restricted

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "cosmosdb", "type": "azure.cosmosdb.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_cosmosdb_network_restricted.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "isVirtualNetworkFilterEnabled": false, "ipRules": [], "disableLocalAuth": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}}, {})}
	count(result) == 0
}

test_vnet_filter_passes if {
	result := azure_cosmosdb_network_restricted.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Enabled", "isVirtualNetworkFilterEnabled": true, "ipRules": []}}, {})}
	count(result) == 0
}

test_ip_rules_passes if {
	result := azure_cosmosdb_network_restricted.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Enabled", "ipRules": [{"ipAddressOrRange": "203.0.113.0/24"}]}}, {})}
	count(result) == 0
}

test_all_networks_fails if {
	result := azure_cosmosdb_network_restricted.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Enabled", "isVirtualNetworkFilterEnabled": false, "ipRules": []}}, {})}
	count(result) == 1
}
