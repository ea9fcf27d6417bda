# METADATA
# scope: package
# title: Subscriptions have no more than the allowed number of Owners
# description: At most azure_max_subscription_owners (default 3) role assignments at the subscription
#   scope may be Owner.
# custom:
#   id: azure_iam_subscription_owners_limited
#   severity: medium
#   resource_types:
#   - azure.account
#   risk: Every Owner can change anything in the subscription, including access; many Owners mean many
#     paths to a takeover.
#   remediation:
#     text: Remove direct Owner assignments; use PIM-eligible assignments and narrower roles.
#     cli: |-
#       az role assignment delete --assignee <principal-id> --role Owner --scope /subscriptions/<subscription-id>
#     terraform: |-
#       resource "azurerm_role_assignment" "ops" {
#         scope                = data.azurerm_subscription.current.id
#         role_definition_name = "Contributor" # not Owner
#         principal_id         = azuread_group.ops.object_id
#       }
#     url: https://learn.microsoft.com/azure/role-based-access-control/best-practices
#   categories:
#   - identity
package vigil.azure.iam.azure_iam_subscription_owners_limited

import data.vigil.lib.azure.util

deny contains result if {
	scope := sprintf("/subscriptions/%s", [input.resource.id])
	owners := [a.attributes.properties.scope |
		some a in object.get(object.get(input, "account_resources", {}), "azure.authorization.role_assignment", [])
		a.attributes.roleDefinitionName == "Owner"
		lower(a.attributes.properties.scope) == lower(scope)
	]
	count(owners) > util.setting("azure_max_subscription_owners")
	result := {
		"msg": sprintf("Subscription %s has %d Owner role assignments (at most %d allowed)", [input.resource.id, count(owners), util.setting("azure_max_subscription_owners")]),
		"evidence": {"attribute": "roleAssignments", "value": count(owners)},
	}
}
