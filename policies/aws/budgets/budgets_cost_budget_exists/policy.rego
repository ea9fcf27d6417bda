# METADATA
# scope: package
# title: The account has an AWS Budgets cost budget
# description: Budgets (DescribeBudgets for the account) must hold at least one budget with BudgetType COST; usage,
#   RI and Savings Plans budgets do not count.
# custom:
#   id: budgets_cost_budget_exists
#   severity: medium
#   resource_types:
#   - aws.budgets.account
#   risk: Without a cost budget nobody is warned when spend runs away (a leaked key mining crypto, a forgotten
#     cluster, a runaway loop); the first signal is the invoice at the end of the month.
#   remediation:
#     text: Create a monthly cost budget for the account with alerts on actual and forecasted spend.
#     cli: aws budgets create-budget --account-id <account-id> --budget file://budget.json
#       --notifications-with-subscribers file://notifications.json
#     terraform: |
#       resource "aws_budgets_budget" "monthly" {
#         name         = "monthly-cost"
#         budget_type  = "COST"
#         limit_amount = "1000"
#         limit_unit   = "USD"
#         time_unit    = "MONTHLY"
#       }
#     url: https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html
#   categories:
#   - cost
package vigil.aws.budgets.budgets_cost_budget_exists

import data.vigil.lib.aws.util

deny contains result if {
	budgets := input.resource.attributes.Budgets
	is_array(budgets)
	count([b | some b in budgets; b.BudgetType == "COST"]) == 0
	result := {
		"msg": sprintf("Account %s has no cost budget (%d other budgets)", [input.resource.id, count(budgets)]),
		"evidence": {"budget_types": sort({util.get(b, "BudgetType", null) | some b in budgets})},
	}
}
