# METADATA
# scope: package
# title: CloudTrail cannot be stopped or deleted in member accounts
# description: Every active member account must be covered by an SCP that denies both cloudtrail:StopLogging
#   and cloudtrail:DeleteTrail (directly or via cloudtrail:*).
# custom:
#   id: organizations_scp_protect_cloudtrail
#   severity: high
#   resource_types:
#   - aws.account
#   risk: Whoever gains admin rights in a member account can otherwise switch off the audit trail before
#     acting, leaving no record.
#   remediation:
#     text: Attach an SCP denying cloudtrail:StopLogging and cloudtrail:DeleteTrail (usually with an exception
#       for the security team's role) to the root.
#     cli: |-
#       aws organizations create-policy --type SERVICE_CONTROL_POLICY --name protect-cloudtrail --content '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["cloudtrail:StopLogging","cloudtrail:DeleteTrail"],"Resource":"*"}]}'
#       aws organizations attach-policy --policy-id <policy-id> --target-id <root-id>
#     terraform: |
#       resource "aws_organizations_policy" "protect_cloudtrail" {
#         name    = "protect-cloudtrail"
#         content = jsonencode({
#           Version   = "2012-10-17"
#           Statement = [{ Effect = "Deny", Action = ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail"], Resource = "*" }]
#         })
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html
#   categories:
#   - governance
package vigil.aws.organizations.organizations_scp_protect_cloudtrail

import data.vigil.lib.aws.org

deny contains result if {
	org.member_account
	not protected
	result := {
		"msg": sprintf("Account %s (%s) is not covered by an SCP that denies cloudtrail:StopLogging and cloudtrail:DeleteTrail", [input.resource.id, input.resource.name]),
		"evidence": {
			"OuPath": object.get(input.resource.attributes, "OuPath", []),
			"covering_scps": org.policy_names(org.covering_scps),
		},
	}
}

protected if {
	some p in org.covering_scps
	org.denies(p, "cloudtrail:StopLogging")
	org.denies(p, "cloudtrail:DeleteTrail")
}
