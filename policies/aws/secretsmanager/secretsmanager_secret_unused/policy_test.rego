package vigil.aws.secretsmanager.secretsmanager_secret_unused_test

import data.vigil.aws.secretsmanager.secretsmanager_secret_unused

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

deny(attrs) := result if {
	result := secretsmanager_secret_unused.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "secretsmanager",
		"type": "aws.secretsmanager.secret", "id": "prod/db",
		"uid": "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf", "name": "prod/db", "tags": {},
		"attributes": object.union({"Name": "prod/db", "CreatedDate": "2025-01-01T00:00:00Z"}, attrs),
	}}
		with data.vigil.now_ns as now
}

test_read_yesterday_passes if {
	count(deny({"LastAccessedDate": "2026-11-21T00:00:00Z"})) == 0
}

test_read_exactly_90_days_ago_passes if {
	count(deny({"LastAccessedDate": "2026-08-24T00:00:00Z"})) == 0
}

test_read_120_days_ago_fails if {
	result := deny({"LastAccessedDate": "2026-07-25T00:00:00Z"})
	count(result) == 1
	some r in result
	r.evidence.LastAccessedDate == "2026-07-25T00:00:00Z"
	contains(r.msg, "120 days")
}

test_never_read_old_secret_fails if {
	count(deny({})) == 1
	count(deny({"LastAccessedDate": null})) == 1
}

test_never_read_new_secret_passes if {
	count(deny({"CreatedDate": "2026-11-17T00:00:00Z"})) == 0
}
