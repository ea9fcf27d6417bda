# METADATA
# scope: package
# title: Guest access is restricted to their own directory objects
# description: authorizationPolicy.guestUserRoleId is not 2af84b1e-32c8-42b7-82bc-daa82404023b (Restricted Guest
#   User).
# custom:
#   id: azure_entra_guest_access_restricted
#   severity: medium
#   resource_types:
#   - azure.entra.tenant
#   risk: Guests who can enumerate users, groups and their memberships map the organization for phishing and
#     privilege escalation.
#   remediation:
#     text: Set 'Guest user access restrictions' to 'Guest user access is restricted to properties and
#       memberships of their own directory objects'.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"guestUserRoleId": "2af84b1e-32c8-42b7-82bc-daa82404023b"}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { guestUserRoleId = "2af84b1e-32c8-42b7-82bc-daa82404023b" }
#       }
#     url: https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_guest_access_restricted

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	object.get(authz, "guestUserRoleId", "") != "2af84b1e-32c8-42b7-82bc-daa82404023b"
	result := {
		"msg": sprintf("Entra ID tenant %s gives guests more than access to their own directory objects", [input.resource.id]),
		"evidence": {"authorizationPolicy.guestUserRoleId": object.get(authz, "guestUserRoleId", null)},
	}
}
