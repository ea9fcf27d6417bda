# METADATA
# scope: package
# title: Member accounts cannot leave the organization
# description: Every active member account must be covered (directly, through an OU on its path or through
#   the root) by an SCP with a Deny statement for organizations:LeaveOrganization (or organizations:* /
#   *).
# custom:
#   id: organizations_scp_deny_leave_org
#   severity: high
#   resource_types:
#   - aws.account
#   risk: An account that leaves the organization escapes every SCP, centralised logging and security tooling,
#     and its billing; a compromised admin can use this to hide activity.
#   remediation:
#     text: Attach an SCP denying organizations:LeaveOrganization to the root (or every top-level OU).
#     cli: |-
#       aws organizations create-policy --type SERVICE_CONTROL_POLICY --name deny-leave-org --content '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}'
#       aws organizations attach-policy --policy-id <policy-id> --target-id <root-id>
#     terraform: |
#       resource "aws_organizations_policy" "deny_leave_org" {
#         name    = "deny-leave-org"
#         content = jsonencode({
#           Version   = "2012-10-17"
#           Statement = [{ Effect = "Deny", Action = "organizations:LeaveOrganization", Resource = "*" }]
#         })
#       }
#
#       resource "aws_organizations_policy_attachment" "root" {
#         policy_id = aws_organizations_policy.deny_leave_org.id
#         target_id = "<root-id>"
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html
#   categories:
#   - governance
package vigil.aws.organizations.organizations_scp_deny_leave_org

import data.vigil.lib.aws.org
import data.vigil.lib.aws.util

deny contains result if {
	org.member_account
	not protected
	result := {
		"msg": sprintf("Account %s (%s) is not covered by an SCP that denies organizations:LeaveOrganization", [input.resource.id, input.resource.name]),
		"evidence": {
			"OuPath": object.get(input.resource.attributes, "OuPath", []),
			"covering_scps": org.policy_names(org.covering_scps),
		},
	}
}

protected if {
	some p in org.covering_scps
	some statement in org.deny_statements(p)
	some action in util.as_list(statement.Action)
	denies_leave(action)
}

denies_leave(action) if action == "*"

denies_leave(action) if org.action_covered(action, "organizations:LeaveOrganization")
