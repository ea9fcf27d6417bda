# METADATA
# scope: package
# title: RDS DB instances keep automated backups for at least 7 days
# description: A DB instance that is not a member of a DB cluster must have BackupRetentionPeriod of at least 7 (0
#   means automated backups are off).
# custom:
#   id: rds_instance_backup_retention
#   severity: medium
#   resource_types:
#   - aws.rds.instance
#   risk: Without automated backups, or with only a few days of them, data lost to an error, a bad migration
#     or ransomware cannot be restored to a point in time before the damage.
#   remediation:
#     text: Set the backup retention period to 7 days or more.
#     cli: aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period 7 --apply-immediately
#     terraform: |
#       resource "aws_db_instance" "db" {
#         backup_retention_period = 7
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
#   categories:
#   - data-protection
package vigil.aws.rds.rds_instance_backup_retention

import data.vigil.lib.aws.util

deny contains result if {
	not util.non_empty(object.get(input.resource.attributes, "DBClusterIdentifier", null))
	input.resource.attributes.BackupRetentionPeriod < 7
	result := {
		"msg": sprintf("RDS DB instance %s keeps automated backups for %d days (fewer than 7)", [input.resource.id, input.resource.attributes.BackupRetentionPeriod]),
		"evidence": {"BackupRetentionPeriod": input.resource.attributes.BackupRetentionPeriod},
	}
}
