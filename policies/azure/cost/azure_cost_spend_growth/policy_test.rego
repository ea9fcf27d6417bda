package vigil.azure.cost.azure_cost_spend_growth_test

import data.vigil.azure.cost.azure_cost_spend_growth

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "cost", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_doubling_fails if {
	result := azure_cost_spend_growth.deny with input as {"resource": res({"cost": {"currency": "USD", "months": [{"start": "2026-07-01", "amount": "1000"}, {"start": "2026-08-01", "amount": "1010"}, {"start": "2026-09-01", "amount": "2400"}]}}, {})}
	count(result) == 1
}

test_flat_passes if {
	result := azure_cost_spend_growth.deny with input as {"resource": res({"cost": {"currency": "USD", "months": [{"start": "2026-07-01", "amount": "1000"}, {"start": "2026-08-01", "amount": "1020"}, {"start": "2026-09-01", "amount": "1015"}]}}, {})}
	count(result) == 0
}

test_one_month_passes if {
	result := azure_cost_spend_growth.deny with input as {"resource": res({"cost": {"currency": "USD", "months": [{"start": "2026-07-01", "amount": "1000"}]}}, {})}
	count(result) == 0
}

test_configured_threshold if {
	result := azure_cost_spend_growth.deny with input as {"resource": res({"cost": {"currency": "USD", "months": [{"start": "2026-07-01", "amount": "100"}, {"start": "2026-08-01", "amount": "140"}]}}, {})} with data.vigil.config as {"spend_growth_percent": 20}
	count(result) == 1
}
