# METADATA
# scope: package
# title: Policy assignments in effect are enforced
# description: No policy assignment in effect on the subscription may have enforcementMode DoNotEnforce.
# custom:
#   id: azure_policy_assignments_enforced
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: A DoNotEnforce assignment looks like a guardrail in reviews but denies nothing and deploys
#     nothing.
#   remediation:
#     text: Set the enforcement mode to Default once the assignment has been validated.
#     cli: |-
#       az policy assignment update --name <assignment> --scope <scope> --enforcement-mode Default
#     terraform: |-
#       resource "azurerm_management_group_policy_assignment" "locations" {
#         name                 = "allowed-locations"
#         management_group_id  = azurerm_management_group.landing.id
#         policy_definition_id = "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c"
#         enforce              = true
#         parameters           = jsonencode({ listOfAllowedLocations = { value = ["westeurope", "northeurope"] } })
#       }
#     url: https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure#enforcement-mode
#   categories:
#   - governance
package vigil.azure.policy.azure_policy_assignments_enforced

import data.vigil.lib.azure.util

deny contains result if {
	some a in object.get(input.resource.attributes, "policyAssignments", [])
	util.same(object.get(a.properties, "enforcementMode", "Default"), "DoNotEnforce")
	result := {
		"msg": sprintf("Subscription %s: policy assignment %s is not enforced (DoNotEnforce)", [input.resource.id, a.name]),
		"evidence": {"attribute": "policyAssignments", "value": a.name},
	}
}
