package vigil.aws.costexplorer.costexplorer_account_owner_tag_test

import data.vigil.aws.costexplorer.costexplorer_account_owner_tag

cost(amounts) := {
	"provider": "aws", "account_id": "222233334444", "region": "global", "service": "ce", "type": "aws.ce.account_cost",
	"id": "222233334444", "uid": "arn:aws:ce::222233334444:cost", "name": "222233334444", "tags": {},
	"attributes": {"Currency": "USD", "Months": [{"Start": starts[i], "End": starts[i + 1], "Amount": a} | some i, a in amounts], "ByService": {}},
}

starts := ["2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]

account(tags) := {"id": "222233334444", "name": "prod", "status": "ACTIVE", "tags": tags, "is_management_account": false}

test_owned_account_passes if {
	count(costexplorer_account_owner_tag.deny) == 0 with input as {"resource": cost(["1", "2", "3.50"]), "account": account({"owner": "payments"})}
}

test_unowned_account_fails if {
	result := costexplorer_account_owner_tag.deny with input as {"resource": cost(["1", "2", "3.50"]), "account": account({"team": "x"})}
	count(result) == 1
	some r in result
	r.evidence.owner_tag == "owner"
	r.evidence.value == null
}

test_empty_owner_fails if {
	count(costexplorer_account_owner_tag.deny) == 1 with input as {"resource": cost(["1", "2", "3.50"]), "account": account({"owner": ""})}
}

test_no_spend_passes if {
	count(costexplorer_account_owner_tag.deny) == 0 with input as {"resource": cost(["5", "2", "0.00"]), "account": account({})}
}

test_configured_owner_tag if {
	count(costexplorer_account_owner_tag.deny) == 0 with input as {"resource": cost(["3"]), "account": account({"Owner": "x"})} with data.vigil.config as {"owner_tag": "Owner"}
	count(costexplorer_account_owner_tag.deny) == 1 with input as {"resource": cost(["3"]), "account": account({"owner": "x"})} with data.vigil.config as {"owner_tag": "Owner"}
}

test_suspended_account_passes if {
	count(costexplorer_account_owner_tag.deny) == 0 with input as {"resource": cost(["3"]), "account": object.union(account({}), {"status": "SUSPENDED"})}
}
