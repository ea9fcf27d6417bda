package vigil.aws.costexplorer.costexplorer_account_spend_growth_test

import data.vigil.aws.costexplorer.costexplorer_account_spend_growth

cost(amounts) := {
	"provider": "aws", "account_id": "222233334444", "region": "global", "service": "ce", "type": "aws.ce.account_cost",
	"id": "222233334444", "uid": "arn:aws:ce::222233334444:cost", "name": "222233334444", "tags": {},
	"attributes": {"Currency": "USD", "Months": [{"Start": starts[i], "End": starts[i + 1], "Amount": a} | some i, a in amounts], "ByService": {}},
}

starts := ["2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]

account(tags) := {"id": "222233334444", "name": "prod", "status": "ACTIVE", "tags": tags, "is_management_account": false}

test_flat_spend_passes if {
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["100.00", "100.00", "110.00"]), "account": account({"owner": "x"})}
}

test_tripled_spend_fails if {
	result := costexplorer_account_spend_growth.deny with input as {"resource": cost(["100.00", "100.00", "300.00"]), "account": account({"owner": "x"})}
	count(result) == 1
	some r in result
	r.evidence.growth_percent == 200
}

test_exactly_limit_passes if {
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["100", "100", "150"]), "account": account({})}
}

test_just_over_limit_fails if {
	count(costexplorer_account_spend_growth.deny) == 1 with input as {"resource": cost(["100", "100", "150.01"]), "account": account({})}
}

test_only_last_two_months_count if {
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["10", "1000", "1000"]), "account": account({})}
}

test_zero_previous_month_passes if {
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["0", "0", "500"]), "account": account({})}
}

test_configured_limit if {
	count(costexplorer_account_spend_growth.deny) == 1 with input as {"resource": cost(["100", "100", "125"]), "account": account({})}
		with data.vigil.config as {"spend_growth_percent": 20}
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["100", "100", "125"]), "account": account({})}
		with data.vigil.config as {"spend_growth_percent": 30}
}

test_suspended_account_passes if {
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["100", "100", "300"]), "account": object.union(account({}), {"status": "SUSPENDED"})}
}

test_single_month_passes if {
	count(costexplorer_account_spend_growth.deny) == 0 with input as {"resource": cost(["300"]), "account": account({})}
}
