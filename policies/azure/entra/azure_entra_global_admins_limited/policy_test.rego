package vigil.azure.entra.azure_entra_global_admins_limited_test

import data.vigil.azure.entra.azure_entra_global_admins_limited

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_four_users_and_an_app_pass if {
	result := azure_entra_global_admins_limited.deny with input as {"resource": res({"globalAdministrators": [{"principalType": "user", "userPrincipalName": "a"}, {"principalType": "user", "userPrincipalName": "b"}, {"principalType": "user", "userPrincipalName": "c"}, {"principalType": "user", "userPrincipalName": "d"}, {"principalType": "servicePrincipal"}]})}
	count(result) == 0
}

test_five_users_fail if {
	result := azure_entra_global_admins_limited.deny with input as {"resource": res({"globalAdministrators": [{"principalType": "user", "userPrincipalName": "a"}, {"principalType": "user", "userPrincipalName": "b"}, {"principalType": "user", "userPrincipalName": "c"}, {"principalType": "user", "userPrincipalName": "d"}, {"principalType": "user", "userPrincipalName": "e"}]})}
	count(result) == 1
}
