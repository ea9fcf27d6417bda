# METADATA
# scope: package
# title: No custom role grants every action (*) on a subscription or management group
# description: A custom role whose actions contain * must not be assignable at /, a subscription or a
#   management group.
# custom:
#   id: azure_iam_custom_role_no_wildcard
#   severity: high
#   resource_types:
#   - azure.authorization.role_definition
#   risk: 'A custom "*" role is an unaudited Owner: it escapes the reviews and alerts built around the
#     built-in Owner role.'
#   remediation:
#     text: Replace * with the actions the role needs, or use a built-in role.
#     cli: |-
#       az role definition update --role-definition role.json  # list explicit actions
#     terraform: |-
#       resource "azurerm_role_definition" "operator" {
#         name  = "VM Operator"
#         scope = data.azurerm_subscription.current.id
#         permissions {
#           actions = ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/virtualMachines/read"]
#         }
#       }
#     url: https://learn.microsoft.com/azure/role-based-access-control/custom-roles
#   categories:
#   - identity
package vigil.azure.iam.azure_iam_custom_role_no_wildcard


deny contains result if {
	some p in object.get(input.resource.attributes.properties, "permissions", [])
	"*" in object.get(p, "actions", [])
	some scope in object.get(input.resource.attributes.properties, "assignableScopes", [])
	broad(scope)
	result := {
		"msg": sprintf("Custom role %s grants every action (*) and is assignable at %s", [input.resource.name, scope]),
		"evidence": {"attribute": "properties.permissions", "value": p},
	}
}

broad("/")

broad(scope) if startswith(lower(scope), "/subscriptions/")

broad(scope) if startswith(lower(scope), "/providers/microsoft.management/managementgroups/")
