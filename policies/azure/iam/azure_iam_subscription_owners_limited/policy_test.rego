package vigil.azure.iam.azure_iam_subscription_owners_limited_test

import data.vigil.azure.iam.azure_iam_subscription_owners_limited

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "iam", "type": "azure.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_five_owners_fail if {
	result := azure_iam_subscription_owners_limited.deny with input as {"resource": res({}, {}), "account_resources": {"azure.authorization.role_assignment": [{"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}]}}
	count(result) == 1
}

test_two_owners_pass if {
	result := azure_iam_subscription_owners_limited.deny with input as {"resource": res({}, {}), "account_resources": {"azure.authorization.role_assignment": [{"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1"}}}]}}
	count(result) == 0
}

test_resource_group_owners_do_not_count if {
	result := azure_iam_subscription_owners_limited.deny with input as {"resource": res({}, {}), "account_resources": {"azure.authorization.role_assignment": [{"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1/resourceGroups/rg"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1/resourceGroups/rg"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1/resourceGroups/rg"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1/resourceGroups/rg"}}}, {"attributes": {"roleDefinitionName": "Owner", "properties": {"scope": "/subscriptions/r1/resourceGroups/rg"}}}]}}
	count(result) == 0
}
