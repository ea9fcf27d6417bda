package vigil.azure.entra.azure_entra_user_mfa_test

import data.vigil.azure.entra.azure_entra_user_mfa

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.user", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_registered_passes if {
	result := azure_entra_user_mfa.deny with input as {"resource": res({"userType": "Member", "accountEnabled": true, "isAdmin": false, "isMfaRegistered": true})}
	count(result) == 0
}

test_unregistered_fails if {
	result := azure_entra_user_mfa.deny with input as {"resource": res({"userType": "Member", "accountEnabled": true, "isAdmin": false, "isMfaRegistered": false})}
	count(result) == 1
}

test_guest_passes if {
	result := azure_entra_user_mfa.deny with input as {"resource": res({"userType": "Guest", "accountEnabled": true, "isAdmin": false, "isMfaRegistered": false})}
	count(result) == 0
}

test_admin_left_to_privileged_check if {
	result := azure_entra_user_mfa.deny with input as {"resource": res({"userType": "Member", "accountEnabled": true, "isAdmin": true, "isMfaRegistered": false})}
	count(result) == 0
}
