package vigil.gcp.orgpolicy.gcp_orgpolicy_resource_locations_test

import data.vigil.gcp.orgpolicy.gcp_orgpolicy_resource_locations

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "orgpolicy", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_restricted_passes if {
	result := gcp_orgpolicy_resource_locations.deny with input as {"resource": res({"effectiveOrgPolicies": {"gcp.resourceLocations": {"allowAll": false, "allowedValues": ["in:eu-locations"]}}}, {})}
	count(result) == 0
}

test_absent_fails if {
	result := gcp_orgpolicy_resource_locations.deny with input as {"resource": res({"effectiveOrgPolicies": {}}, {})}
	count(result) == 1
}

test_allow_all_fails if {
	result := gcp_orgpolicy_resource_locations.deny with input as {"resource": res({"effectiveOrgPolicies": {"gcp.resourceLocations": {"allowAll": true, "allowedValues": []}}}, {})}
	count(result) == 1
}

test_empty_fails if {
	result := gcp_orgpolicy_resource_locations.deny with input as {"resource": res({"effectiveOrgPolicies": {"gcp.resourceLocations": {"allowAll": false, "allowedValues": []}}}, {})}
	count(result) == 1
}
