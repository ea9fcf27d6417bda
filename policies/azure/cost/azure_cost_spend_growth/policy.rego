# METADATA
# scope: package
# title: Subscription spend did not grow faster than the allowed rate last month
# description: The last full month must not exceed the month before by more than spend_growth_percent
#   (default 50).
# custom:
#   id: azure_cost_spend_growth
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: A sudden jump in spend is often the first visible sign of cryptomining on stolen credentials
#     or a runaway deployment.
#   remediation:
#     text: Find the services behind the increase in Cost Management and set budgets with alerts.
#     cli: |-
#       az costmanagement query --type ActualCost --scope /subscriptions/<subscription-id> --timeframe TheLastMonth --dataset-grouping name=ServiceName type=Dimension
#     terraform: |-
#       resource "azurerm_consumption_budget_subscription" "monthly" {
#         name            = "monthly"
#         subscription_id = data.azurerm_subscription.current.id
#         amount          = 5000
#         time_grain      = "Monthly"
#         time_period { start_date = "2026-01-01T00:00:00Z" }
#         notification {
#           operator       = "GreaterThan"
#           threshold      = 80
#           contact_emails = ["finops@example.com"]
#         }
#       }
#     url: https://learn.microsoft.com/azure/cost-management-billing/costs/cost-analysis-common-uses
#   categories:
#   - cost
package vigil.azure.cost.azure_cost_spend_growth

import data.vigil.lib.azure.util

deny contains result if {
	months := object.get(object.get(input.resource.attributes, "cost", {}), "months", [])
	count(months) >= 2
	last := to_number(months[count(months) - 1].amount)
	previous := to_number(months[count(months) - 2].amount)
	previous > 0
	growth := ((last - previous) / previous) * 100
	growth > util.setting("spend_growth_percent")
	result := {
		"msg": sprintf("Subscription %s spend grew %.0f%% last month (%v to %v %s)", [input.resource.id, growth, previous, last, input.resource.attributes.cost.currency]),
		"evidence": {"attribute": "cost.months", "value": months},
	}
}
