package vigil.gcp.orgpolicy.gcp_orgpolicy_require_os_login_test

import data.vigil.gcp.orgpolicy.gcp_orgpolicy_require_os_login

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "orgpolicy", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_enforced_passes if {
	result := gcp_orgpolicy_require_os_login.deny with input as {"resource": res({"effectiveOrgPolicies": {"compute.requireOsLogin": {"enforce": true}}}, {})}
	count(result) == 0
}

test_not_enforced_fails if {
	result := gcp_orgpolicy_require_os_login.deny with input as {"resource": res({"effectiveOrgPolicies": {"compute.requireOsLogin": {"enforce": false}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_orgpolicy_require_os_login.deny with input as {"resource": res({"effectiveOrgPolicies": {}}, {})}
	count(result) == 1
}
