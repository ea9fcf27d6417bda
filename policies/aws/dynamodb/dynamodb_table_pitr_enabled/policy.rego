# METADATA
# scope: package
# title: DynamoDB tables have point-in-time recovery enabled
# description: A DynamoDB table must report PointInTimeRecoveryStatus ENABLED in DescribeContinuousBackups.
# custom:
#   id: dynamodb_table_pitr_enabled
#   severity: medium
#   resource_types:
#   - aws.dynamodb.table
#   risk: Without point-in-time recovery a faulty deployment, a bad batch write or a deleted item can only be
#     undone from on-demand backups, if any exist, and everything written since the last one is lost.
#   remediation:
#     text: Turn on point-in-time recovery for the table (continuous backups of the last 1 to 35 days).
#     cli: aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true
#     terraform: |
#       resource "aws_dynamodb_table" "t" {
#         point_in_time_recovery {
#           enabled = true
#         }
#       }
#     url: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html
#   categories:
#   - data-protection
package vigil.aws.dynamodb.dynamodb_table_pitr_enabled

deny contains result if {
	backups := input.resource.attributes.ContinuousBackups
	is_object(backups)
	status := object.get(object.get(backups, "PointInTimeRecoveryDescription", {}), "PointInTimeRecoveryStatus", null)
	status != "ENABLED"
	result := {
		"msg": sprintf("DynamoDB table %s has point-in-time recovery %v", [input.resource.id, status]),
		"evidence": {"ContinuousBackups.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus": status},
	}
}
