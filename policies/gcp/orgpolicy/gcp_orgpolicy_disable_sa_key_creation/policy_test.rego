package vigil.gcp.orgpolicy.gcp_orgpolicy_disable_sa_key_creation_test

import data.vigil.gcp.orgpolicy.gcp_orgpolicy_disable_sa_key_creation

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "orgpolicy", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_enforced_passes if {
	result := gcp_orgpolicy_disable_sa_key_creation.deny with input as {"resource": res({"effectiveOrgPolicies": {"iam.disableServiceAccountKeyCreation": {"enforce": true}}}, {})}
	count(result) == 0
}

test_not_enforced_fails if {
	result := gcp_orgpolicy_disable_sa_key_creation.deny with input as {"resource": res({"effectiveOrgPolicies": {"iam.disableServiceAccountKeyCreation": {"enforce": false}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_orgpolicy_disable_sa_key_creation.deny with input as {"resource": res({"effectiveOrgPolicies": {}}, {})}
	count(result) == 1
}
