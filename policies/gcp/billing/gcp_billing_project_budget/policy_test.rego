package vigil.gcp.billing.gcp_billing_project_budget_test

import data.vigil.gcp.billing.gcp_billing_project_budget

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "billing", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_no_budget_fails if {
	result := gcp_billing_project_budget.deny with input as {"resource": res({"billingInfo": {"billingAccountName": "billingAccounts/1", "billingEnabled": true}, "budgets": []}, {})}
	count(result) == 1
}

test_budget_passes if {
	result := gcp_billing_project_budget.deny with input as {"resource": res({"billingInfo": {"billingAccountName": "billingAccounts/1", "billingEnabled": true}, "budgets": [{"name": "b"}]}, {})}
	count(result) == 0
}

test_billing_disabled_passes if {
	result := gcp_billing_project_budget.deny with input as {"resource": res({"billingInfo": {"billingAccountName": "", "billingEnabled": false}}, {})}
	count(result) == 0
}

test_not_collected_passes if {
	result := gcp_billing_project_budget.deny with input as {"resource": res({}, {})}
	count(result) == 0
}
