package vigil.azure.policy.azure_policy_required_assignments_test

import data.vigil.azure.policy.azure_policy_required_assignments

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "policy", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_all_assigned_passes if {
	result := azure_policy_required_assignments.deny with input as {"resource": res({"policyAssignments": [{"name": "a0", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c", "enforcementMode": "Default"}}, {"name": "a1", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/871b6d14-10aa-478d-b590-94f262ecfa99", "enforcementMode": "Default"}}, {"name": "a2", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8", "enforcementMode": "Default"}}]}, {})}
	count(result) == 0
}

test_one_missing_fails if {
	result := azure_policy_required_assignments.deny with input as {"resource": res({"policyAssignments": [{"name": "a0", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c", "enforcementMode": "Default"}}, {"name": "a1", "properties": {"policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/871b6d14-10aa-478d-b590-94f262ecfa99", "enforcementMode": "Default"}}]}, {})}
	count(result) == 1
}

test_none_fails if {
	result := azure_policy_required_assignments.deny with input as {"resource": res({"policyAssignments": []}, {})}
	count(result) == 1
}

test_configured_list_passes if {
	result := azure_policy_required_assignments.deny with input as {"resource": res({"policyAssignments": [{"name": "a0", "properties": {"policyDefinitionId": "/x/custom", "enforcementMode": "Default"}}]}, {})} with data.vigil.config as {"azure_required_policy_definitions": ["/x/custom"]}
	count(result) == 0
}
