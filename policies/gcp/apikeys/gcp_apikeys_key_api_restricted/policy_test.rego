package vigil.gcp.apikeys.gcp_apikeys_key_api_restricted_test

import data.vigil.gcp.apikeys.gcp_apikeys_key_api_restricted

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "apikeys", "type": "gcp.apikeys.key", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_no_restrictions_fails if {
	result := gcp_apikeys_key_api_restricted.deny with input as {"resource": res({})}
	count(result) == 1
}

test_restricted_passes if {
	result := gcp_apikeys_key_api_restricted.deny with input as {"resource": res({"restrictions": {"apiTargets": [{"service": "translate.googleapis.com"}]}})}
	count(result) == 0
}

test_cloudapis_fails if {
	result := gcp_apikeys_key_api_restricted.deny with input as {"resource": res({"restrictions": {"apiTargets": [{"service": "cloudapis.googleapis.com"}]}})}
	count(result) == 1
}

test_only_app_restriction_fails if {
	result := gcp_apikeys_key_api_restricted.deny with input as {"resource": res({"restrictions": {"serverKeyRestrictions": {"allowedIps": ["203.0.113.4"]}}})}
	count(result) == 1
}
