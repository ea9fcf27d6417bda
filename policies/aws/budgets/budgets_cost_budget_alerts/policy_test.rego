package vigil.aws.budgets.budgets_cost_budget_alerts_test

import data.vigil.aws.budgets.budgets_cost_budget_alerts

record(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "budgets",
	"type": "aws.budgets.account", "id": "111122223333", "uid": "arn:aws:budgets::111122223333:account",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(budgets) := result if {
	result := budgets_cost_budget_alerts.deny with input as {"resource": record({"Budgets": budgets})}
}

alert := {"NotificationType": "ACTUAL", "Threshold": 80, "Subscribers": [{"SubscriptionType": "EMAIL"}]}

test_alerting_budget_passes if {
	count(deny([{"BudgetName": "monthly", "BudgetType": "COST", "Notifications": [alert]}])) == 0
}

test_budget_without_notifications_fails if {
	result := deny([{"BudgetName": "monthly", "BudgetType": "COST", "Notifications": []}])
	count(result) == 1
	some r in result
	r.evidence.attribute == "Budgets[0]"
	contains(r.msg, "monthly")
}

test_notification_without_subscribers_fails if {
	silent := {"NotificationType": "FORECASTED", "Threshold": 100, "Subscribers": []}
	count(deny([{"BudgetName": "monthly", "BudgetType": "COST", "Notifications": [silent]}])) == 1
}

test_one_finding_element_per_silent_budget if {
	count(deny([
		{"BudgetName": "a", "BudgetType": "COST"},
		{"BudgetName": "b", "BudgetType": "COST", "Notifications": [alert]},
		{"BudgetName": "c", "BudgetType": "COST", "Notifications": null},
	])) == 2
}

test_non_cost_budgets_not_judged if {
	count(deny([{"BudgetName": "ri", "BudgetType": "RI_UTILIZATION", "Notifications": []}])) == 0
}

test_no_budgets_or_unknown_pass if {
	count(deny([])) == 0
	count(budgets_cost_budget_alerts.deny) == 0 with input as {"resource": record({})}
}
