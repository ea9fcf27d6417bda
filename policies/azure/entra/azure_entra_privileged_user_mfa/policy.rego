# METADATA
# scope: package
# title: Users with an admin role are registered for MFA
# description: The user has accountEnabled true, isAdmin true and isMfaRegistered false.
# custom:
#   id: azure_entra_privileged_user_mfa
#   severity: critical
#   resource_types:
#   - azure.entra.user
#   risk: An administrator without a second factor is one password away from a tenant takeover.
#   remediation:
#     text: Have the user register an MFA method (Authenticator, FIDO2) and enforce MFA for admin roles with
#       Conditional Access.
#     cli: |-
#       az rest --method get --url "https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isAdmin eq true and isMfaRegistered eq false"
#     terraform: |-
#       resource "azuread_conditional_access_policy" "mfa_admins" {
#         display_name = "Require MFA for administrators"
#         state        = "enabled"
#         conditions {
#           client_app_types = ["all"]
#           applications {
#             included_applications = ["All"]
#           }
#           users {
#             included_roles = ["62e90394-69f5-4237-9190-012177145e10"]
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
package vigil.azure.entra.azure_entra_privileged_user_mfa

deny contains result if {
	a := input.resource.attributes
	a.accountEnabled == true
	a.isAdmin == true
	a.isMfaRegistered == false
	result := {
		"msg": sprintf("Administrator %s has no MFA method registered", [input.resource.name]),
		"evidence": {"isAdmin": true, "isMfaRegistered": false},
	}
}
