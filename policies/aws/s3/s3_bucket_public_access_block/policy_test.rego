package vigil.aws.s3.s3_bucket_public_access_block_test

import data.vigil.aws.s3.s3_bucket_public_access_block

all_true := {"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true, "RestrictPublicBuckets": true}

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

subject(cfg) := bucket({"PublicAccessBlockConfiguration": cfg})

test_all_flags_true_passes if {
	count(s3_bucket_public_access_block.deny) == 0 with input as {"resource": subject(all_true)}
}

test_null_configuration_fails if {
	result := s3_bucket_public_access_block.deny with input as {"resource": subject(null)}
	count(result) == 1
	some r in result
	r.evidence.weak_flags == ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]
}

test_each_false_flag_fails if {
	every flag in ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] {
		result := s3_bucket_public_access_block.deny with input as {"resource": subject(object.union(all_true, {flag: false}))}
		count(result) == 1
		some r in result
		r.evidence.weak_flags == [flag]
	}
}

test_missing_flag_fails if {
	count(s3_bucket_public_access_block.deny) == 1 with input as {"resource": subject(object.remove(all_true, ["RestrictPublicBuckets"]))}
}

test_absent_configuration_is_a_gap if {
	s := subject(null)
	count(s3_bucket_public_access_block.deny) == 0 with input as {"resource": object.union(object.remove(s, ["attributes"]), {"attributes": {}})}
}
