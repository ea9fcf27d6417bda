# METADATA
# scope: package
# title: Users cannot register applications
# description: authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps is not false (absent counts as
#   the default, true).
# custom:
#   id: azure_entra_app_registration_restricted
#   severity: medium
#   resource_types:
#   - azure.entra.tenant
#   risk: Any user can register an application and consent it to their own data, a common persistence and
#     phishing path.
#   remediation:
#     text: Set 'Users can register applications' to No; grant the Application Developer role to those who need
#       it.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"defaultUserRolePermissions": {"allowedToCreateApps": false}}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { defaultUserRolePermissions = { allowedToCreateApps = false } }
#       }
#     url: https://learn.microsoft.com/entra/identity/role-based-access-control/delegate-app-roles
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_app_registration_restricted

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	object.get(object.get(authz, "defaultUserRolePermissions", {}), "allowedToCreateApps", true) != false
	result := {
		"msg": sprintf("Entra ID tenant %s lets users register applications", [input.resource.id]),
		"evidence": {"authorizationPolicy.defaultUserRolePermissions.allowedToCreateApps": object.get(object.get(authz, "defaultUserRolePermissions", {}), "allowedToCreateApps", null)},
	}
}
