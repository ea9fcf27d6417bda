package vigil.aws.iam.iam_password_policy_reuse_prevention_test

import data.vigil.aws.iam.iam_password_policy_reuse_prevention

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

test_reuse_24_passes if {
	count(iam_password_policy_reuse_prevention.deny) == 0 with input as {"resource": account({"PasswordPolicy": {"PasswordReusePrevention": 24}})}
}

test_reuse_5_fails if {
	count(iam_password_policy_reuse_prevention.deny) == 1 with input as {"resource": account({"PasswordPolicy": {"PasswordReusePrevention": 5}})}
}

test_reuse_missing_fails if {
	result := iam_password_policy_reuse_prevention.deny with input as {"resource": account({"PasswordPolicy": {"MinimumPasswordLength": 14}})}
	count(result) == 1
	some r in result
	r.evidence["PasswordPolicy.PasswordReusePrevention"] == null
}

test_no_policy_is_another_check if {
	count(iam_password_policy_reuse_prevention.deny) == 0 with input as {"resource": account({"PasswordPolicy": null})}
}
