package vigil.aws.s3.s3_bucket_versioning_enabled_test

import data.vigil.aws.s3.s3_bucket_versioning_enabled

# shallow(defaults, changes) replaces whole attributes (object.union would merge nested objects).
shallow(defaults, changes) := object.union(object.remove(defaults, [k | some k, _ in changes]), changes)
secure_transport := {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::logs", "arn:aws:s3:::logs/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}

bucket(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "service": "s3", "type": "aws.s3.bucket",
	"id": "logs", "uid": "arn:aws:s3:::logs", "name": "logs", "tags": {},
	"attributes": shallow({
		"Name": "logs", "Region": "eu-west-1",
		"ServerSideEncryptionConfiguration": {"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]},
		"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true, "RestrictPublicBuckets": true},
		"Policy": {"Version": "2012-10-17", "Statement": [secure_transport]},
		"PolicyStatus": {"IsPublic": false},
		"Acl": {"Owner": {"ID": "abc"}, "Grants": [{"Grantee": {"Type": "CanonicalUser", "ID": "abc"}, "Permission": "FULL_CONTROL"}]},
		"Versioning": {"Status": "Enabled"},
		"Logging": {"LoggingEnabled": {"TargetBucket": "access-logs", "TargetPrefix": "logs/"}},
	}, attrs),
}

test_enabled_passes if {
	count(s3_bucket_versioning_enabled.deny) == 0 with input as {"resource": bucket({})}
}

test_suspended_fails if {
	result := s3_bucket_versioning_enabled.deny with input as {"resource": bucket({"Versioning": {"Status": "Suspended"}})}
	count(result) == 1
	some r in result
	r.evidence["Versioning.Status"] == "Suspended"
}

test_null_versioning_fails if {
	count(s3_bucket_versioning_enabled.deny) == 1 with input as {"resource": bucket({"Versioning": null})}
}

test_absent_versioning_is_a_gap if {
	b := bucket({})
	count(s3_bucket_versioning_enabled.deny) == 0 with input as {"resource": object.union(object.remove(b, ["attributes"]), {"attributes": object.remove(b.attributes, ["Versioning"])})}
}

test_never_enabled_fails if {
	count(s3_bucket_versioning_enabled.deny) == 1 with input as {"resource": bucket({"Versioning": {}})}
}
