package vigil.aws.iam.iam_user_console_mfa_enabled_test

import data.vigil.aws.iam.iam_user_console_mfa_enabled

user(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.user", "id": "alice", "uid": "arn:aws:iam::111122223333:user/alice",
	"name": "alice", "tags": {}, "attributes": object.union({"UserName": "alice"}, attrs),
}

test_password_with_mfa_passes if {
	count(iam_user_console_mfa_enabled.deny) == 0 with input as {"resource": user({"CredentialReport": {"password_enabled": "true", "mfa_active": "true"}})}
}

test_password_without_mfa_fails if {
	result := iam_user_console_mfa_enabled.deny with input as {"resource": user({"CredentialReport": {"password_enabled": "true", "mfa_active": "false"}})}
	count(result) == 1
	some r in result
	r.evidence["CredentialReport.mfa_active"] == "false"
	contains(r.msg, "alice")
}

test_no_password_passes if {
	count(iam_user_console_mfa_enabled.deny) == 0 with input as {"resource": user({"CredentialReport": {"password_enabled": "false", "mfa_active": "false"}})}
}

test_not_supported_is_not_false if {
	count(iam_user_console_mfa_enabled.deny) == 0 with input as {"resource": user({"CredentialReport": {"password_enabled": "not_supported", "mfa_active": "false"}})}
}
