# METADATA
# scope: package
# title: DocumentDB clusters keep automated backups for at least 7 days
# description: A DocumentDB cluster (Engine docdb) must have BackupRetentionPeriod of 7 days or more.
# custom:
#   id: documentdb_cluster_backup_retention
#   severity: medium
#   resource_types:
#   - aws.rds.cluster
#   risk: A short retention window leaves too few restore points to recover from corruption or deletion
#     noticed late.
#   remediation:
#     text: Set the cluster backup retention period to at least 7 days.
#     cli: |-
#       aws docdb modify-db-cluster --db-cluster-identifier <cluster> --backup-retention-period 7 --apply-immediately
#     terraform: |
#       resource "aws_docdb_cluster" "db" {
#         backup_retention_period = 7
#       }
#     url: https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html
#   categories:
#   - data-protection
package vigil.aws.documentdb.documentdb_cluster_backup_retention

deny contains result if {
	input.resource.attributes.Engine == "docdb"
	input.resource.attributes.BackupRetentionPeriod < 7
	result := {
		"msg": sprintf("DocumentDB cluster %s keeps backups for %d day(s)", [input.resource.id, input.resource.attributes.BackupRetentionPeriod]),
		"evidence": {"BackupRetentionPeriod": input.resource.attributes.BackupRetentionPeriod},
	}
}
