package vigil.aws.iam.iam_root_mfa_enabled_test

import data.vigil.aws.iam.iam_root_mfa_enabled

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

test_mfa_enabled_passes if {
	count(iam_root_mfa_enabled.deny) == 0 with input as {"resource": account({"SummaryMap": {"AccountMFAEnabled": 1, "AccountAccessKeysPresent": 0}})}
}

test_mfa_disabled_fails if {
	result := iam_root_mfa_enabled.deny with input as {"resource": account({"SummaryMap": {"AccountMFAEnabled": 0}})}
	count(result) == 1
	some r in result
	r.evidence["SummaryMap.AccountMFAEnabled"] == 0
	contains(r.msg, "111122223333")
}

test_missing_summary_is_not_judged if {
	count(iam_root_mfa_enabled.deny) == 0 with input as {"resource": account({})}
}
