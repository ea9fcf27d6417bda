# METADATA
# scope: package
# title: Only admins and Guest Inviters can invite guests
# description: authorizationPolicy.allowInvitesFrom is neither adminsAndGuestInviters nor none.
# custom:
#   id: azure_entra_guest_invites_restricted
#   severity: medium
#   resource_types:
#   - azure.entra.tenant
#   risk: When every user or guest can invite guests, outsiders join the directory without review.
#   remediation:
#     text: Set 'Guest invite restrictions' to 'Only users assigned to specific admin roles can invite guest
#       users'.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"allowInvitesFrom": "adminsAndGuestInviters"}'
#     terraform: |-
#       resource "msgraph_update_resource" "authorization_policy" {
#         url  = "policies/authorizationPolicy"
#         body = { allowInvitesFrom = "adminsAndGuestInviters" }
#       }
#     url: https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_guest_invites_restricted

deny contains result if {
	authz := input.resource.attributes.authorizationPolicy
	not object.get(authz, "allowInvitesFrom", "everyone") in {"adminsAndGuestInviters", "none"}
	result := {
		"msg": sprintf("Entra ID tenant %s lets %s invite guests", [input.resource.id, object.get(authz, "allowInvitesFrom", "everyone")]),
		"evidence": {"authorizationPolicy.allowInvitesFrom": object.get(authz, "allowInvitesFrom", null)},
	}
}
