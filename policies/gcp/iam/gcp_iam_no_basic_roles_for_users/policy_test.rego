package vigil.gcp.iam.gcp_iam_no_basic_roles_for_users_test

import data.vigil.gcp.iam.gcp_iam_no_basic_roles_for_users

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_user_editor_fails if {
	result := gcp_iam_no_basic_roles_for_users.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/editor", "members": ["user:dev@example.com"]}]}}, {})}
	count(result) == 1
}

test_group_owner_passes if {
	result := gcp_iam_no_basic_roles_for_users.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/owner", "members": ["group:owners@example.com"]}]}}, {})}
	count(result) == 0
}

test_user_viewer_passes if {
	result := gcp_iam_no_basic_roles_for_users.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/viewer", "members": ["user:a@example.com"]}]}}, {})}
	count(result) == 0
}
