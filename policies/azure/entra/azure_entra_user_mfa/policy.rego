# METADATA
# scope: package
# title: Members without an admin role are registered for MFA
# description: The user has userType Member, accountEnabled true, isAdmin false and isMfaRegistered false (guests
#   authenticate in their home tenant and are not judged).
# custom:
#   id: azure_entra_user_mfa
#   severity: high
#   resource_types:
#   - azure.entra.user
#   risk: A user without a second factor falls to password spraying and phishing, and from there to the data
#     and resources they can reach.
#   remediation:
#     text: Have the user register an MFA method and require MFA for all users with Conditional Access or
#       security defaults.
#     cli: |-
#       az rest --method get --url "https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered eq false"
#     terraform: |-
#       resource "azuread_conditional_access_policy" "mfa_all" {
#         display_name = "Require MFA for all users"
#         state        = "enabled"
#         conditions {
#           client_app_types = ["all"]
#           applications {
#             included_applications = ["All"]
#           }
#           users {
#             included_users = ["All"]
#             excluded_users = [var.break_glass_object_id]
#           }
#         }
#         grant_controls {
#           operator          = "OR"
#           built_in_controls = ["mfa"]
#         }
#       }
#     url: https://learn.microsoft.com/entra/identity/authentication/howto-mfa-userstates
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_user_mfa

deny contains result if {
	a := input.resource.attributes
	a.userType == "Member"
	a.accountEnabled == true
	a.isAdmin == false
	a.isMfaRegistered == false
	result := {
		"msg": sprintf("User %s has no MFA method registered", [input.resource.name]),
		"evidence": {"userType": "Member", "isMfaRegistered": false},
	}
}
