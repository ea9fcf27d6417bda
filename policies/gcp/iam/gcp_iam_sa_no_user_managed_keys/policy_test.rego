package vigil.gcp.iam.gcp_iam_sa_no_user_managed_keys_test

import data.vigil.gcp.iam.gcp_iam_sa_no_user_managed_keys

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.iam.service_account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_user_key_fails if {
	result := gcp_iam_sa_no_user_managed_keys.deny with input as {"resource": res({"keys": [{"name": "k0", "keyType": "USER_MANAGED", "validAfterTime": "2026-09-01T00:00:00Z", "disabled": false}]}, {})}
	count(result) == 1
}

test_disabled_user_key_passes if {
	result := gcp_iam_sa_no_user_managed_keys.deny with input as {"resource": res({"keys": [{"name": "k0", "keyType": "USER_MANAGED", "validAfterTime": "2026-09-01T00:00:00Z", "disabled": true}]}, {})}
	count(result) == 0
}

test_system_key_passes if {
	result := gcp_iam_sa_no_user_managed_keys.deny with input as {"resource": res({"keys": [{"name": "k0", "keyType": "SYSTEM_MANAGED", "validAfterTime": "2026-09-01T00:00:00Z", "disabled": false}]}, {})}
	count(result) == 0
}
