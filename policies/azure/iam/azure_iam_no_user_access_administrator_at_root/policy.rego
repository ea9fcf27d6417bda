# METADATA
# scope: package
# title: No user holds Owner or User Access Administrator at the tenant root
# description: No role assignment at the tenant root management group may give a User principal Owner or
#   User Access Administrator.
# custom:
#   id: azure_iam_no_user_access_administrator_at_root
#   severity: high
#   resource_types:
#   - azure.account
#   risk: A root-level Owner or User Access Administrator controls every subscription of the tenant, now
#     and in the future.
#   remediation:
#     text: Remove the root-level assignment; grant access at the lowest management group, to groups,
#       through PIM.
#     cli: |-
#       az role assignment delete --assignee <principal-id> --role "User Access Administrator" --scope /
#     terraform: |-
#       resource "azurerm_role_assignment" "platform" {
#         scope                = azurerm_management_group.platform.id # not the tenant root
#         role_definition_name = "Reader"
#         principal_id         = azuread_group.platform.object_id
#       }
#     url: https://learn.microsoft.com/azure/role-based-access-control/elevate-access-global-admin
#   categories:
#   - identity
package vigil.azure.iam.azure_iam_no_user_access_administrator_at_root

import data.vigil.lib.azure.util

deny contains result if {
	some p in object.get(data.vigil.org, "policies", [])
	p.type == "ROLE_ASSIGNMENT"
	data.vigil.org.root_id in p.targets
	props := p.document.properties
	props.roleDefinitionName in {"Owner", "User Access Administrator"}
	util.same(props.principalType, "User")
	result := {
		"msg": sprintf("A user holds %s at the tenant root, above subscription %s", [props.roleDefinitionName, input.resource.id]),
		"evidence": {"attribute": "org.policies", "value": props},
	}
}
