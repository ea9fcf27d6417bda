package vigil.aws.iam.iam_password_policy_exists_test

import data.vigil.aws.iam.iam_password_policy_exists

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

test_policy_present_passes if {
	count(iam_password_policy_exists.deny) == 0 with input as {"resource": account({"PasswordPolicy": {"MinimumPasswordLength": 14}})}
}

test_null_policy_fails if {
	result := iam_password_policy_exists.deny with input as {"resource": account({"PasswordPolicy": null})}
	count(result) == 1
	some r in result
	r.evidence.PasswordPolicy == null
}

test_absent_key_is_a_gap_not_a_failure if {
	count(iam_password_policy_exists.deny) == 0 with input as {"resource": account({"SummaryMap": {}})}
}
