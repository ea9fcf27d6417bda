package vigil.aws.iam.iam_root_access_keys_absent_test

import data.vigil.aws.iam.iam_root_access_keys_absent

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

test_no_root_keys_passes if {
	count(iam_root_access_keys_absent.deny) == 0 with input as {"resource": account({"SummaryMap": {"AccountAccessKeysPresent": 0}})}
}

test_root_keys_present_fails if {
	result := iam_root_access_keys_absent.deny with input as {"resource": account({"SummaryMap": {"AccountAccessKeysPresent": 1}})}
	count(result) == 1
	some r in result
	r.evidence["SummaryMap.AccountAccessKeysPresent"] == 1
}

test_missing_counter_is_not_judged if {
	count(iam_root_access_keys_absent.deny) == 0 with input as {"resource": account({"SummaryMap": {"AccountMFAEnabled": 1}})}
}
