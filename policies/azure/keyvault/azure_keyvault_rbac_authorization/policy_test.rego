package vigil.azure.keyvault.azure_keyvault_rbac_authorization_test

import data.vigil.azure.keyvault.azure_keyvault_rbac_authorization

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "keyvault", "type": "azure.keyvault.vault", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_keyvault_rbac_authorization.deny with input as {"resource": res({"properties": {"enableSoftDelete": true, "enablePurgeProtection": true, "enableRbacAuthorization": true, "publicNetworkAccess": "Disabled", "networkAcls": {"defaultAction": "Deny"}}}, {})}
	count(result) == 0
}

test_fails if {
	result := azure_keyvault_rbac_authorization.deny with input as {"resource": res({"properties": {"enableSoftDelete": true, "enablePurgeProtection": true, "enableRbacAuthorization": false, "publicNetworkAccess": "Disabled", "networkAcls": {"defaultAction": "Deny"}}}, {})}
	count(result) == 1
}
