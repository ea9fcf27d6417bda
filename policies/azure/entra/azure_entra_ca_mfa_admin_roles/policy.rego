# METADATA
# scope: package
# title: A Conditional Access policy requires MFA of administrators
# description: Some enabled Conditional Access policy requires MFA of Global Administrators (every user, or the
#   Global Administrator role included and not excluded) for every application, with no narrowing
#   condition.
# custom:
#   id: azure_entra_ca_mfa_admin_roles
#   severity: critical
#   resource_types:
#   - azure.entra.tenant
#   risk: Without MFA enforced by Conditional Access, a phished or sprayed password is enough to sign in.
#   remediation:
#     text: Create (or switch from report-only to On) a Conditional Access policy as described, excluding only
#       break-glass accounts.
#     cli: |-
#       az rest --method post --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json
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
#     url: https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin
#   categories:
#   - identity
package vigil.azure.entra.azure_entra_ca_mfa_admin_roles

import data.vigil.lib.azure.entra

deny contains result if {
	policies := input.resource.attributes.conditionalAccessPolicies
	not any_match(policies)
	result := {
		"msg": sprintf("Entra ID tenant %s has no enabled Conditional Access policy that requires MFA of Global Administrators for all applications", [input.resource.id]),
		"evidence": {"conditionalAccessPolicies": [{"displayName": p.displayName, "state": p.state} | some p in policies]},
	}
}

any_match(policies) if {
	some p in policies
	admin_mfa(p)
}

admin_mfa(p) if {
	entra.enforced(p)
	entra.requires_mfa(p)
	entra.admins(p)
	entra.all_apps(p)
	entra.unconditional(p)
}
