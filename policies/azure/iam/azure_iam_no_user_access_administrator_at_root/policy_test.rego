package vigil.azure.iam.azure_iam_no_user_access_administrator_at_root_test

import data.vigil.azure.iam.azure_iam_no_user_access_administrator_at_root

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "iam", "type": "azure.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_root_owner_user_fails if {
	result := azure_iam_no_user_access_administrator_at_root.deny with input as {"resource": res({}, {})} with data.vigil.org as {"root_id": "t1", "policies": [{"type": "ROLE_ASSIGNMENT", "targets": ["t1"], "document": {"properties": {"roleDefinitionName": "Owner", "principalType": "User"}}}]}
	count(result) == 1
}

test_root_group_passes if {
	result := azure_iam_no_user_access_administrator_at_root.deny with input as {"resource": res({}, {})} with data.vigil.org as {"root_id": "t1", "policies": [{"type": "ROLE_ASSIGNMENT", "targets": ["t1"], "document": {"properties": {"roleDefinitionName": "Owner", "principalType": "Group"}}}]}
	count(result) == 0
}

test_lower_group_passes if {
	result := azure_iam_no_user_access_administrator_at_root.deny with input as {"resource": res({}, {})} with data.vigil.org as {"root_id": "t1", "policies": [{"type": "ROLE_ASSIGNMENT", "targets": ["mg-x"], "document": {"properties": {"roleDefinitionName": "Owner", "principalType": "User"}}}]}
	count(result) == 0
}
