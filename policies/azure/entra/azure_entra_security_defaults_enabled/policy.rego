# METADATA
# scope: package
# title: Security defaults are on, or Conditional Access requires MFA of everyone
# description: securityDefaults.isEnabled is true, or some enabled Conditional Access policy requires MFA of all
#   users for all applications with no narrowing condition (a tenant on Conditional Access must turn
#   security defaults off, CIS 2.1.1 applies to tenants without it).
# custom:
#   id: azure_entra_security_defaults_enabled
#   severity: high
#   resource_types:
#   - azure.entra.tenant
#   risk: With neither security defaults nor an equivalent Conditional Access policy, no sign-in requires a
#     second factor and legacy protocols stay open.
#   remediation:
#     text: Turn on security defaults (Entra ID > Properties > Manage security defaults), or enforce MFA for all
#       users with Conditional Access.
#     cli: |-
#       az rest --method patch --url https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy --body '{"isEnabled": true}'
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
#     url: https://learn.microsoft.com/entra/fundamentals/security-defaults
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_security_defaults_enabled

import data.vigil.lib.azure.entra

deny contains result if {
	input.resource.attributes.securityDefaults.isEnabled != true
	not mfa_for_everyone
	result := {
		"msg": sprintf("Entra ID tenant %s has security defaults off and no enabled Conditional Access policy requiring MFA of all users", [input.resource.id]),
		"evidence": {"securityDefaults.isEnabled": input.resource.attributes.securityDefaults.isEnabled},
	}
}

mfa_for_everyone if {
	some p in input.resource.attributes.conditionalAccessPolicies
	entra.mfa_everyone_everywhere(p)
}
