# METADATA
# scope: package
# title: GuardDuty cannot be disabled or detached in member accounts
# description: Every active member account must be covered by an SCP that denies both guardduty:DeleteDetector
#   and guardduty:DisassociateFromMasterAccount (or guardduty:*).
# custom:
#   id: organizations_scp_protect_guardduty
#   severity: high
#   resource_types:
#   - aws.account
#   risk: An attacker with admin rights in a member account can otherwise delete the detector or leave the
#     administrator account and blind threat detection.
#   remediation:
#     text: Attach an SCP denying guardduty:DeleteDetector and guardduty:DisassociateFromMasterAccount to
#       the root.
#     cli: |-
#       aws organizations create-policy --type SERVICE_CONTROL_POLICY --name protect-guardduty --content '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["guardduty:DeleteDetector","guardduty:DisassociateFromMasterAccount"],"Resource":"*"}]}'
#       aws organizations attach-policy --policy-id <policy-id> --target-id <root-id>
#     terraform: |
#       resource "aws_organizations_policy" "protect_guardduty" {
#         name    = "protect-guardduty"
#         content = jsonencode({
#           Version   = "2012-10-17"
#           Statement = [{ Effect = "Deny", Action = ["guardduty:DeleteDetector", "guardduty:DisassociateFromMasterAccount"], Resource = "*" }]
#         })
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html
#   categories:
#   - governance
package vigil.aws.organizations.organizations_scp_protect_guardduty

import data.vigil.lib.aws.org

deny contains result if {
	org.member_account
	not protected
	result := {
		"msg": sprintf("Account %s (%s) is not covered by an SCP that denies guardduty:DeleteDetector and guardduty:DisassociateFromMasterAccount", [input.resource.id, input.resource.name]),
		"evidence": {
			"OuPath": object.get(input.resource.attributes, "OuPath", []),
			"covering_scps": org.policy_names(org.covering_scps),
		},
	}
}

protected if {
	some p in org.covering_scps
	org.denies(p, "guardduty:DeleteDetector")
	org.denies(p, "guardduty:DisassociateFromMasterAccount")
}
