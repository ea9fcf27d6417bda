package vigil.azure.keyvault.azure_keyvault_public_network_restricted_test

import data.vigil.azure.keyvault.azure_keyvault_public_network_restricted

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "keyvault", "type": "azure.keyvault.vault", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_keyvault_public_network_restricted.deny with input as {"resource": res({"properties": {"enableSoftDelete": true, "enablePurgeProtection": true, "enableRbacAuthorization": true, "publicNetworkAccess": "Disabled", "networkAcls": {"defaultAction": "Deny"}}}, {})}
	count(result) == 0
}

test_fails if {
	result := azure_keyvault_public_network_restricted.deny with input as {"resource": res({"properties": {"enableSoftDelete": true, "enablePurgeProtection": true, "enableRbacAuthorization": true, "publicNetworkAccess": "Enabled", "networkAcls": {"defaultAction": "Allow"}}}, {})}
	count(result) == 1
}

test_firewall_deny_passes if {
	result := azure_keyvault_public_network_restricted.deny with input as {"resource": res({"properties": {"enableSoftDelete": true, "enablePurgeProtection": true, "enableRbacAuthorization": true, "publicNetworkAccess": "Enabled", "networkAcls": {"defaultAction": "Deny"}}}, {})}
	count(result) == 0
}
