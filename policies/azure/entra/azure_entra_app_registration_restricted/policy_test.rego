package vigil.azure.entra.azure_entra_app_registration_restricted_test

import data.vigil.azure.entra.azure_entra_app_registration_restricted

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_false_passes if {
	result := azure_entra_app_registration_restricted.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"allowedToCreateApps": false}}})}
	count(result) == 0
}

test_true_fails if {
	result := azure_entra_app_registration_restricted.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"allowedToCreateApps": true}}})}
	count(result) == 1
}
