# METADATA
# scope: package
# title: User consent is limited to verified publishers and low-risk permissions
# description: Some permissionGrantPoliciesAssigned entry starts with ManagePermissionGrantsForSelf. and is not
#   ManagePermissionGrantsForSelf.microsoft-user-default-low.
# custom:
#   id: azure_entra_user_consent_verified_publishers
#   severity: medium
#   resource_types:
#   - azure.entra.tenant
#   risk: Users can consent to any application, including unverified ones asking for broad permissions.
#   remediation:
#     text: Set 'User consent for applications' to 'Allow user consent for apps from verified publishers, for
#       selected permissions' (or do not allow it).
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"defaultUserRolePermissions": {"permissionGrantPoliciesAssigned": ["ManagePermissionGrantsForSelf.microsoft-user-default-low"]}}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { defaultUserRolePermissions = { permissionGrantPoliciesAssigned = ["ManagePermissionGrantsForSelf.microsoft-user-default-low"] } }
#       }
#     url: https://learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_user_consent_verified_publishers

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	some grant in object.get(object.get(authz, "defaultUserRolePermissions", {}), "permissionGrantPoliciesAssigned", [])
	startswith(grant, "ManagePermissionGrantsForSelf.")
	grant != "ManagePermissionGrantsForSelf.microsoft-user-default-low"
	result := {
		"msg": sprintf("Entra ID tenant %s lets users consent to applications beyond verified publishers (%s)", [input.resource.id, grant]),
		"evidence": {"permissionGrantPoliciesAssigned": grant},
	}
}
