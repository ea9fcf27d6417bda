package vigil.aws.s3.s3_bucket_mfa_delete_enabled_test

import data.vigil.aws.s3.s3_bucket_mfa_delete_enabled

bucket(versioning) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "service": "s3", "type": "aws.s3.bucket",
	"id": "logs", "uid": "arn:aws:s3:::logs", "name": "logs", "tags": {},
	"attributes": {"Name": "logs", "Region": "eu-west-1", "Versioning": versioning},
}

deny(versioning) := result if {
	result := s3_bucket_mfa_delete_enabled.deny with input as {"resource": bucket(versioning)}
}

test_mfa_delete_enabled_passes if {
	count(deny({"Status": "Enabled", "MFADelete": "Enabled"})) == 0
}

test_mfa_delete_disabled_fails if {
	result := deny({"Status": "Enabled", "MFADelete": "Disabled"})
	count(result) == 1
	some r in result
	r.evidence["Versioning.MFADelete"] == "Disabled"
}

test_never_versioned_fails if {
	result := deny({})
	count(result) == 1
	some r in result
	r.evidence["Versioning.MFADelete"] == null
}

test_suspended_versioning_keeps_mfa_delete if {
	count(deny({"Status": "Suspended", "MFADelete": "Enabled"})) == 0
}

test_versioning_not_collected_does_not_fail if {
	count(s3_bucket_mfa_delete_enabled.deny) == 0 with input as {"resource": object.union(object.remove(bucket({}), ["attributes"]), {"attributes": {"Name": "logs"}})}
}
