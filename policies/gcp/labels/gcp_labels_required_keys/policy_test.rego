package vigil.gcp.labels.gcp_labels_required_keys_test

import data.vigil.gcp.labels.gcp_labels_required_keys

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "labels", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_complete_passes if {
	result := gcp_labels_required_keys.deny with input as {"resource": res({}, {"app": "a", "env": "prod", "team": "t", "cost-center": "cc"})}
	count(result) == 0
}

test_missing_fails if {
	result := gcp_labels_required_keys.deny with input as {"resource": res({}, {"app": "a", "env": "prod"})}
	count(result) == 1
}

test_bad_env_fails if {
	result := gcp_labels_required_keys.deny with input as {"resource": res({}, {"app": "a", "env": "qa", "team": "t", "cost-center": "cc"})}
	count(result) == 1
}
