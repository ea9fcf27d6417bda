# METADATA
# scope: package
# title: DynamoDB tables are encrypted with a KMS key, not the AWS-owned key
# description: A DynamoDB table's DescribeTable SSEDescription must have SSEType KMS and Status ENABLED,
#   ENABLING or UPDATING; no SSEDescription means the table is encrypted with a key AWS owns and manages
#   outside the account.
# custom:
#   id: dynamodb_table_kms_encryption
#   severity: low
#   resource_types:
#   - aws.dynamodb.table
#   risk: With the AWS-owned key the account cannot see or restrict who uses the key, cannot audit its use in
#     CloudTrail and cannot revoke access to the data by disabling the key.
#   remediation:
#     text: Switch the table's server-side encryption to a customer-managed KMS key whose key policy grants
#       only the principals that need the data.
#     cli: aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>
#     terraform: |
#       resource "aws_dynamodb_table" "t" {
#         server_side_encryption {
#           enabled     = true
#           kms_key_arn = aws_kms_key.dynamodb.arn
#         }
#       }
#     url: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
#   categories:
#   - encryption
package vigil.aws.dynamodb.dynamodb_table_kms_encryption

kms_states := {"ENABLED", "ENABLING", "UPDATING"}

deny contains result if {
	table := input.resource.attributes.Table
	is_object(table)
	sse := object.get(table, "SSEDescription", null)
	not kms_encrypted(sse)
	result := {
		"msg": sprintf("DynamoDB table %s is encrypted with the AWS-owned key, not a KMS key", [input.resource.id]),
		"evidence": {"Table.SSEDescription": sse},
	}
}

kms_encrypted(sse) if {
	is_object(sse)
	sse.SSEType == "KMS"
	kms_states[sse.Status]
}
