package vigil.aws.secretsmanager.secretsmanager_secret_rotated_periodically_test

import data.vigil.aws.secretsmanager.secretsmanager_secret_rotated_periodically

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

deny(attrs) := result if {
	result := secretsmanager_secret_rotated_periodically.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "secretsmanager",
		"type": "aws.secretsmanager.secret", "id": "prod/db",
		"uid": "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf", "name": "prod/db", "tags": {},
		"attributes": object.union({"Name": "prod/db", "CreatedDate": "2025-01-01T00:00:00Z"}, attrs),
	}}
		with data.vigil.now_ns as now
}

test_recent_rotation_passes if {
	count(deny({"LastRotatedDate": "2026-11-12T08:30:00.123Z", "LastChangedDate": "2026-11-12T08:30:00.123Z"})) == 0
}

test_exactly_90_days_passes if {
	count(deny({"LastChangedDate": "2026-08-24T00:00:00Z"})) == 0
}

test_stale_rotation_fails if {
	result := deny({"RotationEnabled": true, "LastRotatedDate": "2026-07-25T00:00:00Z", "LastChangedDate": "2026-07-25T00:00:00Z"})
	count(result) == 1
	some r in result
	contains(r.msg, "120 days")
	r.evidence.LastRotatedDate == "2026-07-25T00:00:00Z"
}

test_newest_of_rotation_and_change_counts if {
	count(deny({"LastRotatedDate": "2026-01-01T00:00:00Z", "LastChangedDate": "2026-11-01T00:00:00Z"})) == 0
	count(deny({"LastRotatedDate": "2026-11-01T00:00:00Z", "LastChangedDate": "2026-01-01T00:00:00Z"})) == 0
	count(deny({"LastRotatedDate": "2026-01-01T00:00:00Z", "LastChangedDate": "2026-02-01T00:00:00Z"})) == 1
}

test_never_changed_falls_back_to_creation if {
	count(deny({})) == 1
	count(deny({"LastRotatedDate": null, "LastChangedDate": null})) == 1
	count(deny({"CreatedDate": "2026-11-17T00:00:00Z"})) == 0
}

test_no_date_at_all_does_not_fail if {
	count(deny({"CreatedDate": null})) == 0
}
