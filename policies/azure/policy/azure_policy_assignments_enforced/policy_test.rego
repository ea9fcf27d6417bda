package vigil.azure.policy.azure_policy_assignments_enforced_test

import data.vigil.azure.policy.azure_policy_assignments_enforced

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "policy", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_do_not_enforce_fails if {
	result := azure_policy_assignments_enforced.deny with input as {"resource": res({"policyAssignments": [{"name": "a0", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c", "enforcementMode": "DoNotEnforce"}}]}, {})}
	count(result) == 1
}

test_default_passes if {
	result := azure_policy_assignments_enforced.deny with input as {"resource": res({"policyAssignments": [{"name": "a0", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c", "enforcementMode": "Default"}}, {"name": "a1", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/871b6d14-10aa-478d-b590-94f262ecfa99", "enforcementMode": "Default"}}, {"name": "a2", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8", "enforcementMode": "Default"}}]}, {})}
	count(result) == 0
}
