# METADATA
# scope: package
# title: Accounts that incur cost have an owner tag
# description: An account whose last full month cost more than zero must carry a non-empty owner tag (config
#   owner_tag, default owner) in AWS Organizations.
# custom:
#   id: costexplorer_account_owner_tag
#   severity: low
#   resource_types:
#   - aws.ce.account_cost
#   risk: Spend without an owner cannot be questioned or cut, and nobody is accountable for the security
#     of the account's resources.
#   remediation:
#     text: Tag the account in AWS Organizations with the owning team or person.
#     cli: aws organizations tag-resource --resource-id <account-id> --tags Key=owner,Value=<team>
#     terraform: |
#       resource "aws_organizations_account" "workload" {
#         # ...
#         tags = {
#           owner = "payments"
#         }
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_tagging.html
#   categories:
#   - cost
#   - tagging
#   - governance
package vigil.aws.costexplorer.costexplorer_account_owner_tag

import data.vigil.lib.aws.util

deny contains result if {
	util.get(util.get(input, "account", {}), "status", "ACTIVE") == "ACTIVE"
	months := input.resource.attributes.Months
	n := count(months)
	n >= 1
	to_number(months[n - 1].Amount) > 0
	tag := util.setting("owner_tag")
	value := util.get(util.get(util.get(input, "account", {}), "tags", {}), tag, null)
	not util.non_empty(value)
	result := {
		"msg": sprintf("Account %s spent %s %s in %s but has no %s tag", [input.resource.account_id, months[n - 1].Amount, object.get(input.resource.attributes, "Currency", ""), months[n - 1].Start, tag]),
		"evidence": {"owner_tag": tag, "value": value, "last_month": months[n - 1]},
	}
}
