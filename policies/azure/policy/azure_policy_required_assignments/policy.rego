# METADATA
# scope: package
# title: The required Azure Policy assignments are in effect on every subscription
# description: Every definition id of azure_required_policy_definitions must be assigned at or above the
#   subscription.
# custom:
#   id: azure_policy_required_assignments
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the baseline assignments (allowed locations, required tags, the security benchmark),
#     guardrails silently do not apply.
#   remediation:
#     text: Assign the missing definitions at a management group above the subscription.
#     cli: |-
#       az policy assignment create --name allowed-locations --scope /providers/Microsoft.Management/managementGroups/<mg> --policy <definition-id>
#     terraform: |-
#       resource "azurerm_management_group_policy_assignment" "locations" {
#         name                 = "allowed-locations"
#         management_group_id  = azurerm_management_group.landing.id
#         policy_definition_id = "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c"
#         enforce              = true
#         parameters           = jsonencode({ listOfAllowedLocations = { value = ["westeurope", "northeurope"] } })
#       }
#     url: https://learn.microsoft.com/azure/governance/policy/overview
#   categories:
#   - governance
package vigil.azure.policy.azure_policy_required_assignments

import data.vigil.lib.azure.util

deny contains result if {
	assigned := {lower(a.properties.policyDefinitionId) | some a in object.get(input.resource.attributes, "policyAssignments", [])}
	missing := [d | some d in util.setting("azure_required_policy_definitions"); not lower(d) in assigned]
	count(missing) > 0
	result := {
		"msg": sprintf("Subscription %s lacks the required policy assignments: %s", [input.resource.id, concat(", ", missing)]),
		"evidence": {"attribute": "policyAssignments", "value": missing},
	}
}
