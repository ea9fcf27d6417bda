package vigil.gcp.apikeys.gcp_apikeys_project_no_keys_test

import data.vigil.gcp.apikeys.gcp_apikeys_project_no_keys

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "apikeys", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_key_fails if {
	result := gcp_apikeys_project_no_keys.deny with input as {"resource": res({}), "account_resources": {"gcp.apikeys.key": [{"attributes": {"displayName": "maps"}}]}}
	count(result) == 1
}

test_no_key_passes if {
	result := gcp_apikeys_project_no_keys.deny with input as {"resource": res({}), "account_resources": {}}
	count(result) == 0
}
