package vigil.gcp.iam.gcp_iam_no_project_level_sa_user_test

import data.vigil.gcp.iam.gcp_iam_no_project_level_sa_user

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_sa_user_fails if {
	result := gcp_iam_no_project_level_sa_user.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/iam.serviceAccountUser", "members": ["group:devs@example.com"]}]}}, {})}
	count(result) == 1
}

test_token_creator_fails if {
	result := gcp_iam_no_project_level_sa_user.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/iam.serviceAccountTokenCreator", "members": ["user:a@example.com"]}]}}, {})}
	count(result) == 1
}

test_other_role_passes if {
	result := gcp_iam_no_project_level_sa_user.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/iam.serviceAccountViewer", "members": ["user:a@example.com"]}]}}, {})}
	count(result) == 0
}
