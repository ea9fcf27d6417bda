package vigil.azure.storage.azure_storage_minimum_tls_test

import data.vigil.azure.storage.azure_storage_minimum_tls

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "storage", "type": "azure.storage.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_storage_minimum_tls.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 0
}

test_fails if {
	result := azure_storage_minimum_tls.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_0", "allowBlobPublicAccess": false, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := azure_storage_minimum_tls.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "allowBlobPublicAccess": false, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 1
}
