package vigil.aws.eks.eks_cluster_secrets_encryption_test

import data.vigil.aws.eks.eks_cluster_secrets_encryption

deny(attributes) := result if {
	result := eks_cluster_secrets_encryption.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "eks",
		"type": "aws.eks.cluster", "id": "c", "uid": "arn:aws:eks:us-east-1:111122223333:cluster/c",
		"name": "c", "tags": {}, "attributes": object.union({"name": "c"}, attributes),
	}}
}

key := "arn:aws:kms:us-east-1:111122223333:key/1"

test_secrets_encrypted_passes if {
	count(deny({"encryptionConfig": [{"resources": ["secrets"], "provider": {"keyArn": key}}]})) == 0
}

test_no_encryption_config_fails if {
	count(deny({})) == 1
	count(deny({"encryptionConfig": []})) == 1
}

test_other_resources_or_no_key_fail if {
	count(deny({"encryptionConfig": [{"resources": ["configmaps"], "provider": {"keyArn": key}}]})) == 1
	count(deny({"encryptionConfig": [{"resources": ["secrets"], "provider": {"keyArn": ""}}]})) == 1
}
