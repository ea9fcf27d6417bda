# METADATA
# scope: package
# title: Every cost budget alerts someone
# description: Every budget with BudgetType COST must have at least one notification (DescribeNotificationsForBudget)
#   with at least one subscriber (DescribeSubscribersForNotification); one finding element per silent budget.
# custom:
#   id: budgets_cost_budget_alerts
#   severity: low
#   resource_types:
#   - aws.budgets.account
#   risk: A budget without notifications only shows a red bar in the console; the overspend it was created to catch
#     goes unnoticed until someone happens to open the page or the invoice arrives.
#   remediation:
#     text: Add notifications on actual (for example 80 %) and forecasted (100 %) spend with an e-mail or SNS
#       subscriber that reaches the owning team.
#     cli: aws budgets create-notification --account-id <account-id> --budget-name <budget>
#       --notification NotificationType=ACTUAL,ComparisonOperator=GREATER_THAN,Threshold=80,ThresholdType=PERCENTAGE
#       --subscribers SubscriptionType=EMAIL,Address=<team-mailbox>
#     terraform: |
#       resource "aws_budgets_budget" "monthly" {
#         # ...
#         notification {
#           comparison_operator        = "GREATER_THAN"
#           threshold                  = 80
#           threshold_type             = "PERCENTAGE"
#           notification_type          = "ACTUAL"
#           subscriber_email_addresses = ["finops@example.com"]
#         }
#       }
#     url: https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-controls.html
#   categories:
#   - cost
package vigil.aws.budgets.budgets_cost_budget_alerts

import data.vigil.lib.aws.util

alerting(budget) if {
	some n in util.array_or_empty(object.get(budget, "Notifications", []))
	count(util.array_or_empty(object.get(n, "Subscribers", []))) > 0
}

deny contains result if {
	some i, budget in util.array_or_empty(input.resource.attributes.Budgets)
	budget.BudgetType == "COST"
	not alerting(budget)
	result := {
		"msg": sprintf("Cost budget %s of account %s notifies nobody (%d notifications, none with a subscriber)", [budget.BudgetName, input.resource.id, count(util.array_or_empty(object.get(budget, "Notifications", [])))]),
		"evidence": {"attribute": sprintf("Budgets[%d]", [i]), "value": budget},
	}
}
