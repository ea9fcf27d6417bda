# METADATA
# scope: package
# title: Users cannot consent to applications
# description: Some authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned entry starts
#   with ManagePermissionGrantsForSelf. (any user consent policy).
# custom:
#   id: azure_entra_user_consent_disabled
#   severity: high
#   resource_types:
#   - azure.entra.tenant
#   risk: Illicit consent grants give an attacker's application lasting access to a user's mail and files
#     without their password.
#   remediation:
#     text: Set 'User consent for applications' to 'Do not allow user consent' and route requests through the
#       admin consent workflow.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": []}}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { defaultUserRolePermissions = { permissionGrantPoliciesAssigned = [] } }
#       }
#     url: https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_user_consent_disabled

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	some grant in object.get(object.get(authz, "defaultUserRolePermissions", {}), "permissionGrantPoliciesAssigned", [])
	startswith(grant, "ManagePermissionGrantsForSelf.")
	result := {
		"msg": sprintf("Entra ID tenant %s lets users consent to applications (%s)", [input.resource.id, grant]),
		"evidence": {"permissionGrantPoliciesAssigned": grant},
	}
}
