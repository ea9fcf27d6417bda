# METADATA
# scope: package
# title: Secrets Manager secrets are encrypted with a customer-managed KMS key
# description: FAIL when the secret's KmsKeyId (ListSecrets) is absent, null or empty - ListSecrets omits it for
#   secrets encrypted with the AWS managed key aws/secretsmanager - or names that key by its alias (ends with
#   alias/aws/secretsmanager, case-insensitive). Any other key id, ARN or alias counts as customer-managed.
# custom:
#   id: secretsmanager_secret_cmk_encryption
#   severity: low
#   resource_types:
#   - aws.secretsmanager.secret
#   risk: With the AWS managed key every principal of the account allowed to call GetSecretValue can decrypt the
#     secret; a customer-managed key adds a key policy that can limit decryption and lets the secret be shared
#     with another account at all.
#   remediation:
#     text: Create a customer-managed KMS key whose key policy grants decryption only to the principals that need
#       the secret, and switch the secret to it.
#     cli: aws secretsmanager update-secret --secret-id <secret> --kms-key-id <key-arn>
#     terraform: |
#       resource "aws_secretsmanager_secret" "this" {
#         name       = "prod/db-credentials"
#         kms_key_id = aws_kms_key.secrets.arn
#       }
#     url: https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
#   categories:
#   - encryption
package vigil.aws.secretsmanager.secretsmanager_secret_cmk_encryption

key := object.get(input.resource.attributes, "KmsKeyId", null)

aws_managed if not is_string(key)

aws_managed if key == ""

aws_managed if {
	is_string(key)
	endswith(lower(key), "alias/aws/secretsmanager")
}

deny contains result if {
	aws_managed
	result := {
		"msg": sprintf("Secrets Manager secret %s is encrypted with the AWS managed key aws/secretsmanager", [input.resource.id]),
		"evidence": {"KmsKeyId": key},
	}
}
