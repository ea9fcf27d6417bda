# METADATA
# scope: package
# title: Account spend did not jump month over month
# description: The last full month's unblended cost must not exceed the month before by more than spend_growth_percent
#   percent (default 50) when the month before cost more than zero.
# custom:
#   id: costexplorer_account_spend_growth
#   severity: medium
#   resource_types:
#   - aws.ce.account_cost
#   risk: A sudden jump in spend is often the first visible sign of compromise (crypto-mining, data exfiltration)
#     or of a runaway deployment.
#   remediation:
#     text: Review the month's cost by service (ByService) for the account, identify the driver and confirm
#       it is expected; set AWS Budgets alerts and Cost Anomaly Detection monitors.
#     cli: aws ce get-cost-and-usage --time-period Start=<start>,End=<end> --granularity MONTHLY --metrics
#       UnblendedCost --group-by Type=DIMENSION,Key=SERVICE --filter '{"Dimensions":{"Key":"LINKED_ACCOUNT","Values":["<account-id>"]}}'
#     terraform: |
#       resource "aws_ce_anomaly_monitor" "accounts" {
#         name              = "per-account"
#         monitor_type      = "DIMENSIONAL"
#         monitor_dimension = "SERVICE"
#       }
#     url: https://docs.aws.amazon.com/cost-management/latest/userguide/manage-ad.html
#   categories:
#   - cost
package vigil.aws.costexplorer.costexplorer_account_spend_growth

import data.vigil.lib.aws.util

deny contains result if {
	util.get(util.get(input, "account", {}), "status", "ACTIVE") == "ACTIVE"
	months := input.resource.attributes.Months
	n := count(months)
	n >= 2
	last := to_number(months[n - 1].Amount)
	previous := to_number(months[n - 2].Amount)
	previous > 0
	limit := util.setting("spend_growth_percent")
	(last - previous) * 100 > limit * previous
	growth := round(((last - previous) * 100) / previous)
	result := {
		"msg": sprintf("Spend of account %s grew %d%% from %s to %s %s (%s to %s; limit %v%%)", [input.resource.account_id, growth, months[n - 2].Amount, months[n - 1].Amount, object.get(input.resource.attributes, "Currency", ""), months[n - 2].Start, months[n - 1].Start, limit]),
		"evidence": {"Months": [months[n - 2], months[n - 1]], "growth_percent": growth, "spend_growth_percent": limit},
	}
}
