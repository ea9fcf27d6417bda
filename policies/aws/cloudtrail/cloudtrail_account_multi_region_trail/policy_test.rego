package vigil.aws.cloudtrail.cloudtrail_account_multi_region_trail_test

import data.vigil.aws.cloudtrail.cloudtrail_account_multi_region_trail

# shallow(defaults, changes) replaces whole attributes (object.union would merge nested objects).
shallow(defaults, changes) := object.union(object.remove(defaults, [k | some k, _ in changes]), changes)
trail(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "cloudtrail",
	"type": "aws.cloudtrail.trail", "id": "main", "uid": "arn:aws:cloudtrail:us-east-1:111122223333:trail/main",
	"name": "main", "tags": {}, "attributes": shallow({
		"Name": "main", "IsMultiRegionTrail": true, "IncludeGlobalServiceEvents": true,
		"IsOrganizationTrail": false, "LogFileValidationEnabled": true,
		"KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234", "Status": {"IsLogging": true},
	}, attrs),
}

account(status) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.account",
	"id": "111122223333", "uid": "arn:aws:iam::111122223333:root", "name": "prod", "tags": {},
	"attributes": {"Name": "prod", "Status": status, "IsManagementAccount": false},
}

evaluate(trails) := result if {
	result := cloudtrail_account_multi_region_trail.deny with input as {"resource": account("ACTIVE"), "account_resources": {"aws.cloudtrail.trail": trails}}
}

test_multi_region_logging_trail_passes if {
	count(evaluate([trail({})])) == 0
}

test_no_trail_fails if {
	result := evaluate([])
	count(result) == 1
	some r in result
	r.evidence.trails == []
}

test_no_account_resources_fails if {
	count(cloudtrail_account_multi_region_trail.deny) == 1 with input as {"resource": account("ACTIVE"), "account_resources": {}}
}

test_single_region_trail_fails if {
	result := evaluate([trail({"IsMultiRegionTrail": false})])
	count(result) == 1
	some r in result
	r.evidence.trails[0].IsMultiRegionTrail == false
}

test_trail_without_global_events_fails if {
	count(evaluate([trail({"IncludeGlobalServiceEvents": false})])) == 1
}

test_stopped_trail_fails if {
	count(evaluate([trail({"Status": {"IsLogging": false}})])) == 1
}

test_one_good_trail_among_bad_passes if {
	count(evaluate([trail({"IsMultiRegionTrail": false}), trail({"Name": "org", "IsOrganizationTrail": true})])) == 0
}

test_suspended_account_passes if {
	count(cloudtrail_account_multi_region_trail.deny) == 0 with input as {"resource": account("SUSPENDED"), "account_resources": {}}
}
