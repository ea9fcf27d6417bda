# METADATA
# scope: package
# title: A Conditional Access policy requires MFA for the Microsoft admin portals
# description: Some enabled Conditional Access policy requires MFA of every user for MicrosoftAdminPortals or all
#   applications, with no narrowing condition.
# custom:
#   id: azure_entra_ca_mfa_admin_portals
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
#       resource "azuread_conditional_access_policy" "mfa_portals" {
#         display_name = "Admin portals require MFA"
#         state        = "enabled"
#         conditions {
#           client_app_types = ["all"]
#           applications {
#             included_applications = ["MicrosoftAdminPortals"]
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
#     url: https://learn.microsoft.com/entra/identity/conditional-access/how-to-policy-mfa-admin-portals
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_ca_mfa_admin_portals

import data.vigil.lib.azure.entra

deny contains result if {
	policies := input.resource.attributes.conditionalAccessPolicies
	not any_match(policies)
	result := {
		"msg": sprintf("Entra ID tenant %s has no enabled Conditional Access policy that requires MFA of all users for the Microsoft admin portals", [input.resource.id]),
		"evidence": {"conditionalAccessPolicies": [{"displayName": p.displayName, "state": p.state} | some p in policies]},
	}
}

any_match(policies) if {
	some p in policies
	portals_mfa(p)
}

portals_mfa(p) if {
	entra.enforced(p)
	entra.requires_mfa(p)
	entra.all_users(p)
	entra.app(p, "MicrosoftAdminPortals")
	entra.unconditional(p)
}
