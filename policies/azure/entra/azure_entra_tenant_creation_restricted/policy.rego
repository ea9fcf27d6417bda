# METADATA
# scope: package
# title: Non-admin users cannot create tenants
# description: authorizationPolicy.defaultUserRolePermissions.allowedToCreateTenants is not false (absent counts as
#   the default, true).
# custom:
#   id: azure_entra_tenant_creation_restricted
#   severity: medium
#   resource_types:
#   - azure.entra.tenant
#   risk: Users who create tenants become their Global Administrators, outside the organization's policies and
#     monitoring.
#   remediation:
#     text: Set 'Restrict non-admin users from creating tenants' to Yes.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"defaultUserRolePermissions": {"allowedToCreateTenants": false}}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { defaultUserRolePermissions = { allowedToCreateTenants = false } }
#       }
#     url: https://learn.microsoft.com/entra/fundamentals/users-default-permissions
#   categories:
#   - identity
#   - governance
package vigil.azure.entra.azure_entra_tenant_creation_restricted

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	object.get(object.get(authz, "defaultUserRolePermissions", {}), "allowedToCreateTenants", true) != false
	result := {
		"msg": sprintf("Entra ID tenant %s lets non-admin users create tenants", [input.resource.id]),
		"evidence": {"authorizationPolicy.defaultUserRolePermissions.allowedToCreateTenants": object.get(object.get(authz, "defaultUserRolePermissions", {}), "allowedToCreateTenants", null)},
	}
}
