package vigil.aws.iam.iam_role_unused_test

import data.vigil.aws.iam.iam_role_unused

role(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.role", "id": "app", "uid": "arn:aws:iam::111122223333:role/app",
	"name": "app", "tags": {},
	"attributes": object.union({"RoleName": "app", "Path": "/", "CreateDate": "2025-01-01T00:00:00Z"}, attrs),
}

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

deny(attrs) := result if {
	result := iam_role_unused.deny with input as {"resource": role(attrs)}
		with data.vigil.now_ns as now
}

test_recently_used_passes if {
	count(deny({"RoleLastUsed": {"LastUsedDate": "2026-11-21T00:00:00Z", "Region": "us-east-1"}})) == 0
}

test_used_exactly_90_days_ago_passes if {
	count(deny({"RoleLastUsed": {"LastUsedDate": "2026-08-24T00:00:00Z"}})) == 0
}

test_used_200_days_ago_fails if {
	result := deny({"RoleLastUsed": {"LastUsedDate": "2026-05-06T00:00:00Z"}})
	count(result) == 1
	some r in result
	r.evidence["RoleLastUsed.LastUsedDate"] == "2026-05-06T00:00:00Z"
	contains(r.msg, "200 days")
}

test_never_used_old_role_fails if {
	count(deny({})) == 1
	count(deny({"RoleLastUsed": {}})) == 1
	count(deny({"RoleLastUsed": null})) == 1
}

test_never_used_new_role_passes if {
	count(deny({"CreateDate": "2026-11-01T00:00:00Z"})) == 0
}

test_service_linked_role_passes if {
	count(deny({"Path": "/aws-service-role/support.amazonaws.com/"})) == 0
	count(deny({"Path": "/aws-service-role/support.amazonaws.com/", "RoleLastUsed": {"LastUsedDate": "2025-01-02T00:00:00Z"}})) == 0
}

test_custom_path_is_judged if {
	count(deny({"Path": "/service-role/"})) == 1
}
