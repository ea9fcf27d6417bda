package vigil.aws.iam.iam_root_not_recently_used_test

import data.vigil.aws.iam.iam_root_not_recently_used

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

root(last_used) := account({"RootCredentials": {"user": "<root_account>", "password_last_used": last_used}})

test_used_yesterday_fails if {
	result := iam_root_not_recently_used.deny with input as {"resource": root("2026-11-21T10:00:00+00:00")}
		with data.vigil.now_ns as now
	count(result) == 1
	some r in result
	r.evidence.age_days == 0
}

test_used_29_days_ago_fails if {
	count(iam_root_not_recently_used.deny) == 1 with input as {"resource": root("2026-10-24T00:00:00+00:00")} with data.vigil.now_ns as now
}

test_used_exactly_30_days_ago_passes if {
	count(iam_root_not_recently_used.deny) == 0 with input as {"resource": root("2026-10-23T00:00:00+00:00")} with data.vigil.now_ns as now
}

test_used_long_ago_passes if {
	count(iam_root_not_recently_used.deny) == 0 with input as {"resource": root("2026-01-05T10:00:00+00:00")} with data.vigil.now_ns as now
}

test_never_used_passes if {
	count(iam_root_not_recently_used.deny) == 0 with input as {"resource": root("no_information")} with data.vigil.now_ns as now
	count(iam_root_not_recently_used.deny) == 0 with input as {"resource": root("N/A")} with data.vigil.now_ns as now
}
