package vigil.aws.s3.s3_bucket_acl_not_public_test

import data.vigil.aws.s3.s3_bucket_acl_not_public

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

grant(uri) := {"Grantee": {"Type": "Group", "URI": uri}, "Permission": "READ"}

test_owner_only_acl_passes if {
	count(s3_bucket_acl_not_public.deny) == 0 with input as {"resource": bucket({})}
}

test_all_users_fails if {
	result := s3_bucket_acl_not_public.deny with input as {"resource": bucket({"Acl": {"Grants": [grant("http://acs.amazonaws.com/groups/global/AllUsers")]}})}
	count(result) == 1
	some r in result
	r.evidence.value.Grantee.URI == "http://acs.amazonaws.com/groups/global/AllUsers"
}

test_authenticated_users_fails if {
	count(s3_bucket_acl_not_public.deny) == 1 with input as {"resource": bucket({"Acl": {"Grants": [grant("http://acs.amazonaws.com/groups/global/AuthenticatedUsers")]}})}
}

test_null_acl_passes if {
	count(s3_bucket_acl_not_public.deny) == 0 with input as {"resource": bucket({"Acl": null})}
}

test_log_delivery_group_passes if {
	count(s3_bucket_acl_not_public.deny) == 0 with input as {"resource": bucket({"Acl": {"Grants": [grant("http://acs.amazonaws.com/groups/s3/LogDelivery")]}})}
}
