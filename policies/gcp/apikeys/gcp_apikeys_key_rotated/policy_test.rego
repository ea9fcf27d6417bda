package vigil.gcp.apikeys.gcp_apikeys_key_rotated_test

import data.vigil.gcp.apikeys.gcp_apikeys_key_rotated

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "apikeys", "type": "gcp.apikeys.key", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_old_fails if {
	result := gcp_apikeys_key_rotated.deny with input as {"resource": res({"createTime": "2020-01-01T00:00:00Z"})} with data.vigil.now_ns as 1767225600000000000
	count(result) == 1
}

test_new_passes if {
	result := gcp_apikeys_key_rotated.deny with input as {"resource": res({"createTime": "2025-12-01T00:00:00Z"})} with data.vigil.now_ns as 1767225600000000000
	count(result) == 0
}
