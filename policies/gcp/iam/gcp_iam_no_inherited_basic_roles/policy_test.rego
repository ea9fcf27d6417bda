package vigil.gcp.iam.gcp_iam_no_inherited_basic_roles_test

import data.vigil.gcp.iam.gcp_iam_no_inherited_basic_roles

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_folder_editor_fails if {
	result := gcp_iam_no_inherited_basic_roles.deny with input as {"resource": res({}, {}), "account": {"ou_path": ["organizations/9", "folders/2"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["folders/2"], "document": {"bindings": [{"role": "roles/editor", "members": ["user:c@x.example"]}]}}]}
	count(result) == 1
}

test_other_branch_passes if {
	result := gcp_iam_no_inherited_basic_roles.deny with input as {"resource": res({}, {}), "account": {"ou_path": ["organizations/9", "folders/3"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["folders/2"], "document": {"bindings": [{"role": "roles/editor", "members": ["user:c@x.example"]}]}}]}
	count(result) == 0
}

test_service_account_not_counted if {
	result := gcp_iam_no_inherited_basic_roles.deny with input as {"resource": res({}, {}), "account": {"ou_path": ["organizations/9"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["organizations/9"], "document": {"bindings": [{"role": "roles/owner", "members": ["serviceAccount:x@p.iam.gserviceaccount.com"]}]}}]}
	count(result) == 0
}
