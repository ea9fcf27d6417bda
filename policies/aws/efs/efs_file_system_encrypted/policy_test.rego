package vigil.aws.efs.efs_file_system_encrypted_test

import data.vigil.aws.efs.efs_file_system_encrypted

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elasticfilesystem",
	"type": "aws.efs.file_system", "id": "fs-0123456789abcdef0", "name": "shared", "tags": {},
	"uid": "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
	"attributes": object.union({"FileSystemId": "fs-0123456789abcdef0", "LifeCycleState": "available"}, attributes),
}

deny(attributes) := result if {
	result := efs_file_system_encrypted.deny with input as {"resource": resource(attributes)}
}

test_encrypted_passes if {
	count(deny({"Encrypted": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/abc"})) == 0
}

test_unencrypted_fails if {
	result := deny({"Encrypted": false})
	count(result) == 1
	some r in result
	r.evidence.Encrypted == false
}

test_absent_attribute_gives_no_finding if {
	count(deny({})) == 0
}
