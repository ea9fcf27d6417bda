package vigil.gcp.iam.gcp_iam_sa_keys_rotated_test

import data.vigil.gcp.iam.gcp_iam_sa_keys_rotated

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.iam.service_account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_old_key_fails if {
	result := gcp_iam_sa_keys_rotated.deny with input as {"resource": res({"keys": [{"name": "k0", "keyType": "USER_MANAGED", "validAfterTime": "2026-01-01T00:00:00Z", "disabled": false}]}, {})} with data.vigil.now_ns as 1790000000000000000
	count(result) == 1
}

test_recent_key_passes if {
	result := gcp_iam_sa_keys_rotated.deny with input as {"resource": res({"keys": [{"name": "k0", "keyType": "USER_MANAGED", "validAfterTime": "2026-09-01T00:00:00Z", "disabled": false}]}, {})} with data.vigil.now_ns as 1790000000000000000
	count(result) == 0
}

test_old_system_key_passes if {
	result := gcp_iam_sa_keys_rotated.deny with input as {"resource": res({"keys": [{"name": "k0", "keyType": "SYSTEM_MANAGED", "validAfterTime": "2025-01-01T00:00:00Z", "disabled": false}]}, {})} with data.vigil.now_ns as 1790000000000000000
	count(result) == 0
}
