# METADATA
# scope: package
# title: ElastiCache replication groups keep automatic backups
# description: An ElastiCache replication group must have SnapshotRetentionLimit of at least 1 (days); 0
#   turns automatic backups off, and an absent value counts as 0.
# custom:
#   id: elasticache_replication_group_automatic_backups
#   severity: low
#   resource_types:
#   - aws.elasticache.replication_group
#   risk: Without automatic backups a flushed or corrupted dataset, or a lost cluster, cannot be restored; for
#     caches used as a session or queue store that data is lost.
#   remediation:
#     text: Set a snapshot retention limit of at least one day and a backup window.
#     cli: aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7 --snapshot-window 05:00-06:00 --apply-immediately
#     terraform: |
#       resource "aws_elasticache_replication_group" "r" {
#         snapshot_retention_limit = 7
#         snapshot_window          = "05:00-06:00"
#       }
#     url: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html
#   categories:
#   - data-protection
package vigil.aws.elasticache.elasticache_replication_group_automatic_backups

deny contains result if {
	retention := object.get(input.resource.attributes, "SnapshotRetentionLimit", 0)
	retention < 1
	result := {
		"msg": sprintf("ElastiCache replication group %s keeps no automatic backups (SnapshotRetentionLimit %d)", [input.resource.id, retention]),
		"evidence": {"SnapshotRetentionLimit": retention},
	}
}
