# METADATA
# scope: package
# title: DynamoDB tables have deletion protection
# description: A DynamoDB table's DescribeTable DeletionProtectionEnabled must be true (absent counts as false,
#   as AWS reports tables created before the setting existed).
# custom:
#   id: dynamodb_table_deletion_protection
#   severity: low
#   resource_types:
#   - aws.dynamodb.table
#   risk: Without deletion protection a single DeleteTable call or a mistaken infrastructure change deletes
#     the table and its items.
#   remediation:
#     text: Enable deletion protection on the table.
#     cli: aws dynamodb update-table --table-name <table> --deletion-protection-enabled
#     terraform: |
#       resource "aws_dynamodb_table" "t" {
#         deletion_protection_enabled = true
#       }
#     url: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection
#   categories:
#   - data-protection
package vigil.aws.dynamodb.dynamodb_table_deletion_protection

deny contains result if {
	table := input.resource.attributes.Table
	is_object(table)
	protected := object.get(table, "DeletionProtectionEnabled", false)
	protected != true
	result := {
		"msg": sprintf("DynamoDB table %s has no deletion protection", [input.resource.id]),
		"evidence": {"Table.DeletionProtectionEnabled": protected},
	}
}
