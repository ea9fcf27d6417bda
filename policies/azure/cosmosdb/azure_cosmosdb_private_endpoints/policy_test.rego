package vigil.azure.cosmosdb.azure_cosmosdb_private_endpoints_test

import data.vigil.azure.cosmosdb.azure_cosmosdb_private_endpoints

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "cosmosdb", "type": "azure.cosmosdb.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_cosmosdb_private_endpoints.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "isVirtualNetworkFilterEnabled": false, "ipRules": [], "disableLocalAuth": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}}, {})}
	count(result) == 0
}

test_none_fails if {
	result := azure_cosmosdb_private_endpoints.deny with input as {"resource": res({"properties": {"privateEndpointConnections": []}}, {})}
	count(result) == 1
}

test_pending_fails if {
	result := azure_cosmosdb_private_endpoints.deny with input as {"resource": res({"properties": {"privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Pending"}}}]}}, {})}
	count(result) == 1
}
