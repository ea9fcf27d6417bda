# METADATA
# scope: package
# title: Users cannot create security groups
# description: authorizationPolicy.defaultUserRolePermissions.allowedToCreateSecurityGroups is not false (absent
#   counts as the default, true).
# custom:
#   id: azure_entra_security_group_creation_restricted
#   severity: low
#   resource_types:
#   - azure.entra.tenant
#   risk: Security groups created by anyone end up granting access nobody reviews.
#   remediation:
#     text: Set 'Users can create security groups in Azure portals, API or PowerShell' to No.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"defaultUserRolePermissions": {"allowedToCreateSecurityGroups": false}}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { defaultUserRolePermissions = { allowedToCreateSecurityGroups = false } }
#       }
#     url: https://learn.microsoft.com/entra/identity/users/groups-self-service-management
#   categories:
#   - identity
#   - governance
package vigil.azure.entra.azure_entra_security_group_creation_restricted

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	object.get(object.get(authz, "defaultUserRolePermissions", {}), "allowedToCreateSecurityGroups", true) != false
	result := {
		"msg": sprintf("Entra ID tenant %s lets users create security groups", [input.resource.id]),
		"evidence": {"authorizationPolicy.defaultUserRolePermissions.allowedToCreateSecurityGroups": object.get(object.get(authz, "defaultUserRolePermissions", {}), "allowedToCreateSecurityGroups", null)},
	}
}
