package vigil.gcp.iam.gcp_iam_no_public_project_bindings_test

import data.vigil.gcp.iam.gcp_iam_no_public_project_bindings

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_all_authenticated_fails if {
	result := gcp_iam_no_public_project_bindings.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/viewer", "members": ["allAuthenticatedUsers"]}]}}, {})}
	count(result) == 1
}

test_all_users_fails if {
	result := gcp_iam_no_public_project_bindings.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/viewer", "members": ["allUsers"]}]}}, {})}
	count(result) == 1
}

test_group_passes if {
	result := gcp_iam_no_public_project_bindings.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/viewer", "members": ["group:g@example.com"]}]}}, {})}
	count(result) == 0
}
