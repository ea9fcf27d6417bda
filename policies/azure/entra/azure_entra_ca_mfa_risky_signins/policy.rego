# METADATA
# scope: package
# title: A Conditional Access policy requires MFA for medium and high risk sign-ins
# description: Some enabled Conditional Access policy requires MFA of every user for every application when the
#   sign-in risk is high or medium (signInRiskLevels includes both), with no other narrowing condition.
# custom:
#   id: azure_entra_ca_mfa_risky_signins
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
#       resource "azuread_conditional_access_policy" "mfa_risky" {
#         display_name = "MFA for risky sign-ins"
#         state        = "enabled"
#         conditions {
#           client_app_types = ["all"]
#           sign_in_risk_levels = ["high", "medium"]
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
#     url: https://learn.microsoft.com/entra/id-protection/howto-identity-protection-configure-risk-policies
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_ca_mfa_risky_signins

import data.vigil.lib.azure.entra

deny contains result if {
	policies := input.resource.attributes.conditionalAccessPolicies
	not any_match(policies)
	result := {
		"msg": sprintf("Entra ID tenant %s has no enabled Conditional Access policy that requires MFA for high and medium risk sign-ins", [input.resource.id]),
		"evidence": {"conditionalAccessPolicies": [{"displayName": p.displayName, "state": p.state} | some p in policies]},
	}
}

any_match(policies) if {
	some p in policies
	risky_mfa(p)
}

risky_mfa(p) if {
	entra.enforced(p)
	entra.requires_mfa(p)
	entra.all_users(p)
	entra.all_apps(p)
	levels := {l | some l in entra.array_or_empty(object.get(p.conditions, "signInRiskLevels", []))}
	levels & {"high", "medium"} == {"high", "medium"}
	count(entra.array_or_empty(object.get(p.conditions, "userRiskLevels", []))) == 0
	entra.every_sign_in(p)
}
