package vigil.gcp.apikeys.gcp_apikeys_key_application_restricted_test

import data.vigil.gcp.apikeys.gcp_apikeys_key_application_restricted

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "apikeys", "type": "gcp.apikeys.key", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_none_fails if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"apiTargets": [{"service": "a.googleapis.com"}]}})}
	count(result) == 1
}

test_referrer_passes if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"browserKeyRestrictions": {"allowedReferrers": ["https://www.example.com/*"]}}})}
	count(result) == 0
}

test_star_referrer_fails if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"browserKeyRestrictions": {"allowedReferrers": ["*"]}}})}
	count(result) == 1
}

test_tld_referrer_fails if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"browserKeyRestrictions": {"allowedReferrers": ["*.com/*"]}}})}
	count(result) == 1
}

test_subdomain_wildcard_passes if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"browserKeyRestrictions": {"allowedReferrers": ["*.example.com/*"]}}})}
	count(result) == 0
}

test_world_ip_fails if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"serverKeyRestrictions": {"allowedIps": ["0.0.0.0/0"]}}})}
	count(result) == 1
}

test_android_passes if {
	result := gcp_apikeys_key_application_restricted.deny with input as {"resource": res({"restrictions": {"androidKeyRestrictions": {"allowedApplications": [{"packageName": "com.example", "sha1Fingerprint": "AB"}]}}})}
	count(result) == 0
}
