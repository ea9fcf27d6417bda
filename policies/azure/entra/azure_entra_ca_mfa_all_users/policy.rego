# METADATA
# scope: package
# title: A Conditional Access policy requires MFA of all users
# description: Some enabled Conditional Access policy requires MFA (as the only grant control, with AND, or as an
#   authentication strength) of every user (includeUsers All, no excluded roles; excluded users and
#   groups allowed for break-glass accounts) for every application, with no narrowing condition.
# custom:
#   id: azure_entra_ca_mfa_all_users
#   severity: high
#   resource_types:
#   - azure.entra.tenant
#   risk: Without MFA enforced by Conditional Access, a phished or sprayed password is enough to sign in.
#   remediation:
#     text: Create (or switch from report-only to On) a Conditional Access policy as described, excluding only
#       break-glass accounts.
#     cli: |-
#       az rest --method post --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json
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
#     url: https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_ca_mfa_all_users

import data.vigil.lib.azure.entra

deny contains result if {
	policies := input.resource.attributes.conditionalAccessPolicies
	not any_match(policies)
	result := {
		"msg": sprintf("Entra ID tenant %s has no enabled Conditional Access policy that requires MFA of all users for all applications", [input.resource.id]),
		"evidence": {"conditionalAccessPolicies": [{"displayName": p.displayName, "state": p.state} | some p in policies]},
	}
}

any_match(policies) if {
	some p in policies
	entra.mfa_everyone_everywhere(p)
}


