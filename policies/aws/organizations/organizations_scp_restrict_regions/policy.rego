# METADATA
# scope: package
# title: Member accounts are restricted to approved regions
# description: Every active member account must be covered by an SCP with a Deny statement carrying a StringNotEquals
#   condition on aws:RequestedRegion.
# custom:
#   id: organizations_scp_restrict_regions
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: Resources in unapproved regions escape monitoring, data-residency commitments and cost controls,
#     and are a favourite place to run crypto-mining.
#   remediation:
#     text: Attach a region-deny SCP (Deny with StringNotEquals on aws:RequestedRegion, exempting global
#       services) to the root.
#     cli: |-
#       aws organizations create-policy --type SERVICE_CONTROL_POLICY --name restrict-regions --content file://region-deny.json
#       aws organizations attach-policy --policy-id <policy-id> --target-id <root-id>
#     terraform: |
#       resource "aws_organizations_policy" "restrict_regions" {
#         name    = "restrict-regions"
#         content = jsonencode({
#           Version = "2012-10-17"
#           Statement = [{
#             Effect    = "Deny"
#             NotAction = ["iam:*", "organizations:*", "sts:*", "support:*"]
#             Resource  = "*"
#             Condition = { StringNotEquals = { "aws:RequestedRegion" = ["us-east-1", "eu-west-1"] } }
#           }]
#         })
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region
#   categories:
#   - governance
package vigil.aws.organizations.organizations_scp_restrict_regions

import data.vigil.lib.aws.org

deny contains result if {
	org.member_account
	not protected
	result := {
		"msg": sprintf("Account %s (%s) is not covered by an SCP that denies requests outside approved regions (StringNotEquals on aws:RequestedRegion)", [input.resource.id, input.resource.name]),
		"evidence": {
			"OuPath": object.get(input.resource.attributes, "OuPath", []),
			"covering_scps": org.policy_names(org.covering_scps),
		},
	}
}

protected if {
	some p in org.covering_scps
	some statement in org.deny_statements(p)
	some operator, condition in statement.Condition
	operator == "StringNotEquals"
	some key, _ in condition
	lower(key) == "aws:requestedregion"
}
