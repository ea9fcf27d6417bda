package vigil.azure.entra.azure_entra_guest_invites_restricted_test

import data.vigil.azure.entra.azure_entra_guest_invites_restricted

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_admins_passes if {
	result := azure_entra_guest_invites_restricted.deny with input as {"resource": res({"authorizationPolicy": {"allowInvitesFrom": "adminsAndGuestInviters"}})}
	count(result) == 0
}

test_none_passes if {
	result := azure_entra_guest_invites_restricted.deny with input as {"resource": res({"authorizationPolicy": {"allowInvitesFrom": "none"}})}
	count(result) == 0
}

test_everyone_fails if {
	result := azure_entra_guest_invites_restricted.deny with input as {"resource": res({"authorizationPolicy": {"allowInvitesFrom": "everyone"}})}
	count(result) == 1
}

test_members_fails if {
	result := azure_entra_guest_invites_restricted.deny with input as {"resource": res({"authorizationPolicy": {"allowInvitesFrom": "adminsGuestInvitersAndAllMembers"}})}
	count(result) == 1
}
