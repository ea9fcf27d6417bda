# METADATA
# scope: package
# title: Fewer than five users hold Global Administrator
# description: Five or more globalAdministrators entries have principalType user (groups and service principals are
#   not counted).
# custom:
#   id: azure_entra_global_admins_limited
#   severity: high
#   resource_types:
#   - azure.entra.tenant
#   risk: Every Global Administrator can take over the tenant and every subscription in it; each one more is
#     one more account to phish.
#   remediation:
#     text: Remove standing Global Administrator assignments down to two to four break-glass and named admins;
#       use PIM and narrower roles.
#     cli: |-
#       az rest --method delete --url https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments/<id>
#     terraform: |-
#       # keep at most four users as Global Administrator; assign narrower roles instead
#       resource "azuread_directory_role_assignment" "helpdesk" {
#         role_id             = azuread_directory_role.helpdesk_administrator.template_id
#         principal_object_id = azuread_group.helpdesk.object_id
#       }
#     url: https://learn.microsoft.com/entra/identity/role-based-access-control/best-practices
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_global_admins_limited

deny contains result if {
	users := [a | some a in input.resource.attributes.globalAdministrators; a.principalType == "user"]
	count(users) >= 5
	result := {
		"msg": sprintf("Entra ID tenant %s has %d users holding Global Administrator", [input.resource.id, count(users)]),
		"evidence": {"globalAdministrators": [a.userPrincipalName | some a in users]},
	}
}
