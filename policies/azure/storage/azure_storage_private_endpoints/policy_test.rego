package vigil.azure.storage.azure_storage_private_endpoints_test

import data.vigil.azure.storage.azure_storage_private_endpoints

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "storage", "type": "azure.storage.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_storage_private_endpoints.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "allowCrossTenantReplication": false, "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}], "keyPolicy": {"keyExpirationPeriodInDays": 90}, "keyCreationTime": {"key1": "2026-11-20T10:00:00Z", "key2": "2026-11-20T10:00:00Z"}}, "blobService": {"properties": {"deleteRetentionPolicy": {"enabled": true, "days": 7}, "containerDeleteRetentionPolicy": {"enabled": true, "days": 7}}}}, {})}
	count(result) == 0
}

test_none_fails if {
	result := azure_storage_private_endpoints.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "allowCrossTenantReplication": false, "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}, "privateEndpointConnections": [], "keyPolicy": {"keyExpirationPeriodInDays": 90}, "keyCreationTime": {"key1": "2026-11-20T10:00:00Z", "key2": "2026-11-20T10:00:00Z"}}, "blobService": {"properties": {"deleteRetentionPolicy": {"enabled": true, "days": 7}, "containerDeleteRetentionPolicy": {"enabled": true, "days": 7}}}}, {})}
	count(result) == 1
}

test_rejected_fails if {
	result := azure_storage_private_endpoints.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "allowCrossTenantReplication": false, "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Rejected"}}}], "keyPolicy": {"keyExpirationPeriodInDays": 90}, "keyCreationTime": {"key1": "2026-11-20T10:00:00Z", "key2": "2026-11-20T10:00:00Z"}}, "blobService": {"properties": {"deleteRetentionPolicy": {"enabled": true, "days": 7}, "containerDeleteRetentionPolicy": {"enabled": true, "days": 7}}}}, {})}
	count(result) == 1
}
