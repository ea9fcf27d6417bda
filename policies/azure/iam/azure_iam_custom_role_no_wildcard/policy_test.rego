package vigil.azure.iam.azure_iam_custom_role_no_wildcard_test

import data.vigil.azure.iam.azure_iam_custom_role_no_wildcard

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "iam", "type": "azure.authorization.role_definition", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_wildcard_fails if {
	result := azure_iam_custom_role_no_wildcard.deny with input as {"resource": res({"properties": {"roleName": "r", "type": "CustomRole", "permissions": [{"actions": ["*"]}], "assignableScopes": ["/subscriptions/s1"]}}, {})}
	count(result) == 1
}

test_explicit_passes if {
	result := azure_iam_custom_role_no_wildcard.deny with input as {"resource": res({"properties": {"roleName": "r", "type": "CustomRole", "permissions": [{"actions": ["Microsoft.Compute/virtualMachines/read"]}], "assignableScopes": ["/subscriptions/s1"]}}, {})}
	count(result) == 0
}

test_management_group_scope_fails if {
	result := azure_iam_custom_role_no_wildcard.deny with input as {"resource": res({"properties": {"roleName": "r", "type": "CustomRole", "permissions": [{"actions": ["*"]}], "assignableScopes": ["/providers/Microsoft.Management/managementGroups/mg"]}}, {})}
	count(result) == 1
}
