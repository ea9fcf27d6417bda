package vigil.gcp.iam.gcp_iam_sa_no_admin_privileges_test

import data.vigil.gcp.iam.gcp_iam_sa_no_admin_privileges

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_sa_compute_admin_fails if {
	result := gcp_iam_sa_no_admin_privileges.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/compute.admin", "members": ["serviceAccount:ci@p.iam.gserviceaccount.com"]}]}}, {})}
	count(result) == 1
}

test_sa_editor_fails if {
	result := gcp_iam_sa_no_admin_privileges.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/editor", "members": ["serviceAccount:ci@p.iam.gserviceaccount.com"]}]}}, {})}
	count(result) == 1
}

test_sa_viewer_passes if {
	result := gcp_iam_sa_no_admin_privileges.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/viewer", "members": ["serviceAccount:ci@p.iam.gserviceaccount.com"]}]}}, {})}
	count(result) == 0
}

test_user_admin_passes if {
	result := gcp_iam_sa_no_admin_privileges.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudkms.admin", "members": ["user:a@example.com"]}]}}, {})}
	count(result) == 0
}
