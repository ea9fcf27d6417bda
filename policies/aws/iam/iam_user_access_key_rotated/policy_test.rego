package vigil.aws.iam.iam_user_access_key_rotated_test

import data.vigil.aws.iam.iam_user_access_key_rotated

user(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.user", "id": "alice", "uid": "arn:aws:iam::111122223333:user/alice",
	"name": "alice", "tags": {}, "attributes": object.union({"UserName": "alice"}, attrs),
}

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

report(k1_active, k1_rotated, k2_active, k2_rotated) := {"CredentialReport": {
	"access_key_1_active": k1_active, "access_key_1_last_rotated": k1_rotated,
	"access_key_2_active": k2_active, "access_key_2_last_rotated": k2_rotated,
}}

test_fresh_key_passes if {
	count(iam_user_access_key_rotated.deny) == 0 with input as {"resource": user(report("true", "2026-11-12T00:00:00+00:00", "false", "N/A"))}
		with data.vigil.now_ns as now
}

test_old_key_fails if {
	result := iam_user_access_key_rotated.deny with input as {"resource": user(report("true", "2026-05-06T00:00:00+00:00", "false", "N/A"))}
		with data.vigil.now_ns as now
	count(result) == 1
	some r in result
	r.evidence.age_days == 200
	r.evidence.attribute == "CredentialReport.access_key_1_last_rotated"
	r.evidence.value == "2026-05-06T00:00:00+00:00"
}

test_old_second_key_fails if {
	result := iam_user_access_key_rotated.deny with input as {"resource": user(report("false", "N/A", "true", "2026-01-05T10:00:00+00:00"))}
		with data.vigil.now_ns as now
	count(result) == 1
	some r in result
	contains(r.msg, "access key 2")
}

test_old_inactive_key_passes if {
	count(iam_user_access_key_rotated.deny) == 0 with input as {"resource": user(report("false", "2020-01-01T00:00:00+00:00", "false", "N/A"))}
		with data.vigil.now_ns as now
}

test_exactly_90_days_passes if {
	count(iam_user_access_key_rotated.deny) == 0 with input as {"resource": user(report("true", "2026-08-24T00:00:00+00:00", "false", "N/A"))}
		with data.vigil.now_ns as now
}

test_91_days_fails if {
	count(iam_user_access_key_rotated.deny) == 1 with input as {"resource": user(report("true", "2026-08-23T00:00:00+00:00", "false", "N/A"))}
		with data.vigil.now_ns as now
}
