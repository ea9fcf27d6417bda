package vigil.azure.entra.azure_entra_user_consent_disabled_test

import data.vigil.azure.entra.azure_entra_user_consent_disabled

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_none_passes if {
	result := azure_entra_user_consent_disabled.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForOwnedResource.team"]}}})}
	count(result) == 0
}

test_legacy_fails if {
	result := azure_entra_user_consent_disabled.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"]}}})}
	count(result) == 1
}

test_low_fails if {
	result := azure_entra_user_consent_disabled.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]}}})}
	count(result) == 1
}
