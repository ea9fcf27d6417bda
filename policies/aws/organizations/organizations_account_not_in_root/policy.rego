# METADATA
# scope: package
# title: Member accounts are placed in an organizational unit
# description: Every active member account must sit in an OU rather than directly under the organization
#   root.
# custom:
#   id: organizations_account_not_in_root
#   severity: low
#   resource_types:
#   - aws.account
#   risk: Accounts under the root receive only root-level guardrails; they miss the OU-specific SCPs and
#     are easy to overlook in governance.
#   remediation:
#     text: Move the account into the OU matching its environment and workload.
#     cli: aws organizations move-account --account-id <account-id> --source-parent-id <root-id> --destination-parent-id
#       <ou-id>
#     terraform: |
#       resource "aws_organizations_account" "workload" {
#         name      = "workload"
#         email     = "aws+workload@example.com"
#         parent_id = aws_organizations_organizational_unit.workloads.id
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_ous.html
#   categories:
#   - governance
package vigil.aws.organizations.organizations_account_not_in_root

import data.vigil.lib.aws.org

deny contains result if {
	org.member_account
	input.resource.attributes.ParentId == data.vigil.org.root_id
	result := {
		"msg": sprintf("Account %s (%s) sits directly under the organization root %s", [input.resource.id, input.resource.name, data.vigil.org.root_id]),
		"evidence": {"ParentId": input.resource.attributes.ParentId},
	}
}
