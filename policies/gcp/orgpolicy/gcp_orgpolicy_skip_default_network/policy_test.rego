package vigil.gcp.orgpolicy.gcp_orgpolicy_skip_default_network_test

import data.vigil.gcp.orgpolicy.gcp_orgpolicy_skip_default_network

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "orgpolicy", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_enforced_passes if {
	result := gcp_orgpolicy_skip_default_network.deny with input as {"resource": res({"effectiveOrgPolicies": {"compute.skipDefaultNetworkCreation": {"enforce": true}}}, {})}
	count(result) == 0
}

test_not_enforced_fails if {
	result := gcp_orgpolicy_skip_default_network.deny with input as {"resource": res({"effectiveOrgPolicies": {"compute.skipDefaultNetworkCreation": {"enforce": false}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_orgpolicy_skip_default_network.deny with input as {"resource": res({"effectiveOrgPolicies": {}}, {})}
	count(result) == 1
}
