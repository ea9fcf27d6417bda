package vigil.aws.secretsmanager.secretsmanager_secret_cmk_encryption_test

import data.vigil.aws.secretsmanager.secretsmanager_secret_cmk_encryption

deny(attrs) := result if {
	result := secretsmanager_secret_cmk_encryption.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "secretsmanager",
		"type": "aws.secretsmanager.secret", "id": "prod/db",
		"uid": "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf", "name": "prod/db", "tags": {},
		"attributes": object.union({"Name": "prod/db"}, attrs),
	}}
}

test_customer_key_passes if {
	count(deny({"KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})) == 0
	count(deny({"KmsKeyId": "alias/secrets"})) == 0
}

test_omitted_key_fails if {
	result := deny({})
	count(result) == 1
	some r in result
	r.evidence.KmsKeyId == null
	count(deny({"KmsKeyId": null})) == 1
	count(deny({"KmsKeyId": ""})) == 1
}

test_aws_managed_alias_fails if {
	count(deny({"KmsKeyId": "alias/aws/secretsmanager"})) == 1
	count(deny({"KmsKeyId": "arn:aws:kms:us-east-1:111122223333:alias/aws/secretsmanager"})) == 1
}
