package vigil.azure.storage.azure_storage_keys_regenerated_test

import data.vigil.azure.storage.azure_storage_keys_regenerated

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "storage", "type": "azure.storage.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_storage_keys_regenerated.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "allowCrossTenantReplication": false, "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}], "keyPolicy": {"keyExpirationPeriodInDays": 90}, "keyCreationTime": {"key1": "2026-11-20T10:00:00Z", "key2": "2026-11-20T10:00:00Z"}}, "blobService": {"properties": {"deleteRetentionPolicy": {"enabled": true, "days": 7}, "containerDeleteRetentionPolicy": {"enabled": true, "days": 7}}}}, {})} with data.vigil.now_ns as 1796083200000000000
	count(result) == 0
}

test_old_key2_fails if {
	result := azure_storage_keys_regenerated.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "allowCrossTenantReplication": false, "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}], "keyPolicy": {"keyExpirationPeriodInDays": 90}, "keyCreationTime": {"key1": "2026-11-20T10:00:00Z", "key2": "2025-01-01T00:00:00Z"}}, "blobService": {"properties": {"deleteRetentionPolicy": {"enabled": true, "days": 7}, "containerDeleteRetentionPolicy": {"enabled": true, "days": 7}}}}, {})} with data.vigil.now_ns as 1796083200000000000
	count(result) == 1
}

test_never_fails if {
	result := azure_storage_keys_regenerated.deny with input as {"resource": res({"properties": {"publicNetworkAccess": "Disabled", "allowCrossTenantReplication": false, "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}], "keyPolicy": {"keyExpirationPeriodInDays": 90}, "keyCreationTime": {"key1": null, "key2": "2026-11-20T10:00:00Z"}}, "blobService": {"properties": {"deleteRetentionPolicy": {"enabled": true, "days": 7}, "containerDeleteRetentionPolicy": {"enabled": true, "days": 7}}}}, {})} with data.vigil.now_ns as 1796083200000000000
	count(result) == 1
}
