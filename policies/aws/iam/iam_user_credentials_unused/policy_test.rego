package vigil.aws.iam.iam_user_credentials_unused_test

import data.vigil.aws.iam.iam_user_credentials_unused

user(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.user", "id": "alice", "uid": "arn:aws:iam::111122223333:user/alice",
	"name": "alice", "tags": {}, "attributes": object.union({"UserName": "alice"}, attrs),
}

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

clean := {
	"user_creation_time": "2025-01-01T00:00:00+00:00",
	"password_enabled": "true", "password_last_used": "2026-11-20T00:00:00+00:00",
	"access_key_1_active": "true", "access_key_1_last_rotated": "2026-11-15T00:00:00+00:00",
	"access_key_1_last_used_date": "2026-11-21T00:00:00+00:00",
	"access_key_2_active": "false", "access_key_2_last_rotated": "N/A", "access_key_2_last_used_date": "N/A",
}

deny_for(changes) := result if {
	result := iam_user_credentials_unused.deny with input as {"resource": user({"CredentialReport": object.union(clean, changes)})}
		with data.vigil.now_ns as now
}

test_recently_used_credentials_pass if {
	count(deny_for({})) == 0
}

test_stale_password_fails if {
	result := deny_for({"password_last_used": "2026-05-06T00:00:00+00:00"})
	count(result) == 1
	some r in result
	r.evidence["CredentialReport.password_last_used"] == "2026-05-06T00:00:00+00:00"
}

test_stale_password_disabled_passes if {
	count(deny_for({"password_enabled": "false", "password_last_used": "2026-05-06T00:00:00+00:00"})) == 0
}

test_password_never_used_on_old_user_fails if {
	count(deny_for({"password_last_used": "no_information"})) == 1
	count(deny_for({"password_last_used": "N/A"})) == 1
}

test_password_never_used_on_new_user_passes if {
	count(deny_for({"password_last_used": "no_information", "user_creation_time": "2026-11-01T00:00:00+00:00"})) == 0
}

test_password_used_exactly_45_days_ago_passes if {
	count(deny_for({"password_last_used": "2026-10-08T00:00:00+00:00"})) == 0
}

test_stale_key_fails if {
	result := deny_for({"access_key_1_last_used_date": "2026-05-06T00:00:00+00:00"})
	count(result) == 1
	some r in result
	contains(r.msg, "access key 1")
}

test_stale_inactive_key_passes if {
	count(deny_for({"access_key_2_last_used_date": "2026-01-01T00:00:00+00:00", "access_key_2_last_rotated": "2025-06-01T00:00:00+00:00"})) == 0
}

test_never_used_old_key_fails if {
	count(deny_for({"access_key_2_active": "true", "access_key_2_last_rotated": "2026-05-06T00:00:00+00:00"})) == 1
}

test_never_used_new_key_passes if {
	count(deny_for({"access_key_2_active": "true", "access_key_2_last_rotated": "2026-11-10T00:00:00+00:00"})) == 0
}

test_password_and_key_both_stale_give_two_findings if {
	count(deny_for({"password_last_used": "2026-05-06T00:00:00+00:00", "access_key_1_last_used_date": "2026-05-06T00:00:00+00:00"})) == 2
}
