package vigil.aws.budgets.budgets_cost_budget_exists_test

import data.vigil.aws.budgets.budgets_cost_budget_exists

record(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "budgets",
	"type": "aws.budgets.account", "id": "111122223333", "uid": "arn:aws:budgets::111122223333:account",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(attrs) := result if {
	result := budgets_cost_budget_exists.deny with input as {"resource": record(attrs)}
}

test_cost_budget_passes if {
	count(deny({"Budgets": [{"BudgetName": "monthly", "BudgetType": "COST"}, {"BudgetName": "ri", "BudgetType": "RI_UTILIZATION"}]})) == 0
}

test_no_budget_fails if {
	result := deny({"Budgets": []})
	count(result) == 1
	some r in result
	contains(r.msg, "0 other budgets")
}

test_only_usage_budgets_fail if {
	result := deny({"Budgets": [{"BudgetName": "ri", "BudgetType": "RI_UTILIZATION"}, {"BudgetName": "u", "BudgetType": "USAGE"}]})
	count(result) == 1
	some r in result
	r.evidence.budget_types == ["RI_UTILIZATION", "USAGE"]
}

test_unknown_not_judged if {
	count(deny({})) == 0
}
