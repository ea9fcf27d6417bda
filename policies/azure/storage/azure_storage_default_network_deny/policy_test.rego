package vigil.azure.storage.azure_storage_default_network_deny_test

import data.vigil.azure.storage.azure_storage_default_network_deny

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "storage", "type": "azure.storage.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_storage_default_network_deny.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Deny"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 0
}

test_fails if {
	result := azure_storage_default_network_deny.deny with input as {"resource": res({"properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false, "allowSharedKeyAccess": false, "networkAcls": {"defaultAction": "Allow"}, "encryption": {"requireInfrastructureEncryption": true}}}, {})}
	count(result) == 1
}
