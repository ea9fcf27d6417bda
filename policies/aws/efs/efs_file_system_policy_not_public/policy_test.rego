package vigil.aws.efs.efs_file_system_policy_not_public_test

import data.vigil.aws.efs.efs_file_system_policy_not_public

arn := "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0"

deny_insecure := {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "*", "Resource": arn, "Condition": {"Bool": {"aws:SecureTransport": "false"}}}

via_mount_target := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["elasticfilesystem:ClientMount"], "Resource": arn, "Condition": {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}}

any_client := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientRootAccess"], "Resource": arn}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elasticfilesystem",
	"type": "aws.efs.file_system", "id": "fs-0123456789abcdef0", "name": "shared", "tags": {}, "uid": arn,
	"attributes": object.union({"FileSystemId": "fs-0123456789abcdef0", "Encrypted": true}, attributes),
}

deny(attributes) := result if {
	result := efs_file_system_policy_not_public.deny with input as {"resource": resource(attributes)}
}

test_mount_target_policy_passes if {
	count(deny({"Policy": {"Version": "2012-10-17", "Statement": [deny_insecure, via_mount_target]}})) == 0
}

test_named_principal_passes if {
	count(deny({"Policy": {"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"}, "Action": "elasticfilesystem:ClientMount", "Resource": arn}}})) == 0
}

test_no_policy_fails if {
	result := deny({"Policy": null})
	count(result) == 1
	some r in result
	r.evidence.Policy == null
}

test_any_principal_without_condition_fails if {
	result := deny({"Policy": {"Statement": [deny_insecure, any_client]}})
	count(result) == 1
	some r in result
	r.evidence.attribute == "Policy.Statement[1]"
}

test_star_principal_string_fails if {
	count(deny({"Policy": {"Statement": [object.union(any_client, {"Principal": "*"})]}})) == 1
}

test_not_collected_gives_no_finding if {
	count(deny({})) == 0
}
