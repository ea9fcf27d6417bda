package vigil.aws.iam.iam_password_policy_minimum_length_test

import data.vigil.aws.iam.iam_password_policy_minimum_length

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

test_length_14_passes if {
	count(iam_password_policy_minimum_length.deny) == 0 with input as {"resource": account({"PasswordPolicy": {"MinimumPasswordLength": 14}})}
}

test_length_13_fails if {
	result := iam_password_policy_minimum_length.deny with input as {"resource": account({"PasswordPolicy": {"MinimumPasswordLength": 13}})}
	count(result) == 1
	some r in result
	r.evidence["PasswordPolicy.MinimumPasswordLength"] == 13
}

test_no_policy_is_another_check if {
	count(iam_password_policy_minimum_length.deny) == 0 with input as {"resource": account({"PasswordPolicy": null})}
}
