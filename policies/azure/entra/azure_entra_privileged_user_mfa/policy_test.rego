package vigil.azure.entra.azure_entra_privileged_user_mfa_test

import data.vigil.azure.entra.azure_entra_privileged_user_mfa

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.user", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_registered_passes if {
	result := azure_entra_privileged_user_mfa.deny with input as {"resource": res({"accountEnabled": true, "isAdmin": true, "isMfaRegistered": true})}
	count(result) == 0
}

test_unregistered_fails if {
	result := azure_entra_privileged_user_mfa.deny with input as {"resource": res({"accountEnabled": true, "isAdmin": true, "isMfaRegistered": false})}
	count(result) == 1
}

test_disabled_passes if {
	result := azure_entra_privileged_user_mfa.deny with input as {"resource": res({"accountEnabled": false, "isAdmin": true, "isMfaRegistered": false})}
	count(result) == 0
}

test_unread_no_finding if {
	result := azure_entra_privileged_user_mfa.deny with input as {"resource": res({"accountEnabled": true})}
	count(result) == 0
}
