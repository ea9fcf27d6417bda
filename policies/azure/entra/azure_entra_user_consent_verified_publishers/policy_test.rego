package vigil.azure.entra.azure_entra_user_consent_verified_publishers_test

import data.vigil.azure.entra.azure_entra_user_consent_verified_publishers

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_low_passes if {
	result := azure_entra_user_consent_verified_publishers.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]}}})}
	count(result) == 0
}

test_none_passes if {
	result := azure_entra_user_consent_verified_publishers.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": []}}})}
	count(result) == 0
}

test_legacy_fails if {
	result := azure_entra_user_consent_verified_publishers.deny with input as {"resource": res({"authorizationPolicy": {"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-legacy"]}}})}
	count(result) == 1
}
