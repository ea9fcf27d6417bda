package vigil.azure.entra.azure_entra_guest_access_restricted_test

import data.vigil.azure.entra.azure_entra_guest_access_restricted

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_restricted_passes if {
	result := azure_entra_guest_access_restricted.deny with input as {"resource": res({"authorizationPolicy": {"guestUserRoleId": "2af84b1e-32c8-42b7-82bc-daa82404023b"}})}
	count(result) == 0
}

test_limited_fails if {
	result := azure_entra_guest_access_restricted.deny with input as {"resource": res({"authorizationPolicy": {"guestUserRoleId": "10dae51f-b6af-4016-8d66-8c2a99b929b3"}})}
	count(result) == 1
}
