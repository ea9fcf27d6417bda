package vigil.aws.cloudtrail.cloudtrail_trail_log_file_validation_test

import data.vigil.aws.cloudtrail.cloudtrail_trail_log_file_validation

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

test_validation_enabled_passes if {
	count(cloudtrail_trail_log_file_validation.deny) == 0 with input as {"resource": trail({})}
}

test_validation_disabled_fails if {
	result := cloudtrail_trail_log_file_validation.deny with input as {"resource": trail({"LogFileValidationEnabled": false})}
	count(result) == 1
	some r in result
	r.evidence.LogFileValidationEnabled == false
}
