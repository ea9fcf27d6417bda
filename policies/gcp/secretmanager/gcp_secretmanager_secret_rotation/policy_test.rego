package vigil.gcp.secretmanager.gcp_secretmanager_secret_rotation_test

import data.vigil.gcp.secretmanager.gcp_secretmanager_secret_rotation

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "secretmanager", "type": "gcp.secretmanager.secret", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_none_fails if {
	result := gcp_secretmanager_secret_rotation.deny with input as {"resource": res({})}
	count(result) == 1
}

test_ninety_days_passes if {
	result := gcp_secretmanager_secret_rotation.deny with input as {"resource": res({"rotation": {"rotationPeriod": "7776000s", "nextRotationTime": "2027-01-01T00:00:00Z"}})}
	count(result) == 0
}

test_yearly_fails if {
	result := gcp_secretmanager_secret_rotation.deny with input as {"resource": res({"rotation": {"rotationPeriod": "31536000s"}})}
	count(result) == 1
}
