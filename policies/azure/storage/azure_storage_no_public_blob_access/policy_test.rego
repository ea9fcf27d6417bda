package vigil.azure.storage.azure_storage_no_public_blob_access_test

import data.vigil.azure.storage.azure_storage_no_public_blob_access

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "storage", "type": "azure.storage.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_storage_no_public_blob_access.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 0
}

test_fails if {
	result := azure_storage_no_public_blob_access.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": true, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := azure_storage_no_public_blob_access.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2", "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 1
}
