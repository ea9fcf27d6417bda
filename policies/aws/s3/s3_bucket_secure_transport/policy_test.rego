package vigil.aws.s3.s3_bucket_secure_transport_test

import data.vigil.aws.s3.s3_bucket_secure_transport

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

test_tls_only_policy_passes if {
	count(s3_bucket_secure_transport.deny) == 0 with input as {"resource": bucket({})}
}

test_null_policy_fails if {
	result := s3_bucket_secure_transport.deny with input as {"resource": bucket({"Policy": null})}
	count(result) == 1
	some r in result
	r.evidence.Policy == null
}

test_policy_without_deny_fails if {
	count(s3_bucket_secure_transport.deny) == 1 with input as {"resource": bucket({"Policy": {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:*", "Resource": "*"}]}})}
}

test_allow_with_secure_transport_condition_fails if {
	statement := object.union(secure_transport, {"Effect": "Allow"})
	count(s3_bucket_secure_transport.deny) == 1 with input as {"resource": bucket({"Policy": {"Statement": [statement]}})}
}

test_true_condition_fails if {
	statement := object.union(secure_transport, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})
	count(s3_bucket_secure_transport.deny) == 1 with input as {"resource": bucket({"Policy": {"Statement": [statement]}})}
}

test_single_statement_object_passes if {
	count(s3_bucket_secure_transport.deny) == 0 with input as {"resource": bucket({"Policy": {"Statement": secure_transport}})}
}

test_absent_policy_is_a_gap if {
	b := bucket({})
	count(s3_bucket_secure_transport.deny) == 0 with input as {"resource": object.union(object.remove(b, ["attributes"]), {"attributes": object.remove(b.attributes, ["Policy"])})}
}
