package vigil.aws.cloudtrail.cloudtrail_trail_kms_encryption_test

import data.vigil.aws.cloudtrail.cloudtrail_trail_kms_encryption

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

test_kms_key_passes if {
	count(cloudtrail_trail_kms_encryption.deny) == 0 with input as {"resource": trail({})}
}

test_empty_key_fails if {
	result := cloudtrail_trail_kms_encryption.deny with input as {"resource": trail({"KmsKeyId": ""})}
	count(result) == 1
	some r in result
	r.evidence.KmsKeyId == ""
}

test_null_key_fails if {
	count(cloudtrail_trail_kms_encryption.deny) == 1 with input as {"resource": trail({"KmsKeyId": null})}
}

test_missing_key_fails if {
	t := trail({})
	attrs := object.remove(t.attributes, ["KmsKeyId"])
	count(cloudtrail_trail_kms_encryption.deny) == 1 with input as {"resource": object.union(object.remove(t, ["attributes"]), {"attributes": attrs})}
}
