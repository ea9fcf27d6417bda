package vigil.aws.cloudtrail.cloudtrail_s3_dataevents_write_enabled_test

import data.vigil.aws.cloudtrail.cloudtrail_s3_dataevents_write_enabled

account(status) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.account",
	"id": "111122223333", "uid": "arn:aws:organizations::999999999999:account/o-x/111122223333", "name": "prod",
	"tags": {}, "attributes": {"Name": "prod", "Status": status, "IsManagementAccount": false},
}

trail(multi_region, selectors) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "cloudtrail",
	"type": "aws.cloudtrail.trail", "id": "main", "uid": "arn:aws:cloudtrail:us-east-1:111122223333:trail/main",
	"name": "main", "tags": {}, "attributes": {
		"Name": "main", "IsMultiRegionTrail": multi_region, "Status": {"IsLogging": true}, "EventSelectors": selectors,
	},
}

s3(rw) := {"EventSelectors": [
	{"ReadWriteType": "All", "IncludeManagementEvents": true, "DataResources": []},
	{"ReadWriteType": rw, "IncludeManagementEvents": false, "DataResources": [{"Type": "AWS::S3::Object", "Values": ["arn:aws:s3"]}]},
]}

evaluate(trails) := result if {
	result := cloudtrail_s3_dataevents_write_enabled.deny with input as {"resource": account("ACTIVE"), "account_resources": {"aws.cloudtrail.trail": trails}}
}

test_all_s3_events_pass if {
	count(evaluate([trail(true, s3("All"))])) == 0
}

test_write_only_passes if {
	count(evaluate([trail(true, s3("WriteOnly"))])) == 0
}

test_other_kind_only_fails if {
	result := evaluate([trail(true, s3("ReadOnly"))])
	count(result) == 1
	some r in result
	r.evidence.trails[0].Name == "main"
}

test_advanced_selector_passes if {
	count(evaluate([trail(true, {"AdvancedEventSelectors": [{"FieldSelectors": [
		{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]},
		{"Field": "readOnly", "Equals": ["false"]},
	]}]})])) == 0
}

test_management_events_only_fail if {
	count(evaluate([trail(true, {"EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": true, "DataResources": []}]})])) == 1
}

test_single_region_trail_fails if {
	count(evaluate([trail(false, s3("All"))])) == 1
}

test_no_trail_fails if {
	count(evaluate([])) == 1
}

test_suspended_account_passes if {
	count(cloudtrail_s3_dataevents_write_enabled.deny) == 0 with input as {"resource": account("SUSPENDED"), "account_resources": {}}
}
