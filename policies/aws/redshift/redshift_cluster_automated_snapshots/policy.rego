# METADATA
# scope: package
# title: Redshift clusters keep automated snapshots
# description: A Redshift cluster must have AutomatedSnapshotRetentionPeriod of at least 1 (days); 0 turns
#   automated snapshots off, and an absent value counts as 0.
# custom:
#   id: redshift_cluster_automated_snapshots
#   severity: medium
#   resource_types:
#   - aws.redshift.cluster
#   risk: Without automated snapshots a dropped table, a bad load or a deleted cluster cannot be restored to a
#     recent point.
#   remediation:
#     text: Set an automated snapshot retention period of at least one day (the default is 1; 7 or more is
#       common).
#     cli: aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period 7
#     terraform: |
#       resource "aws_redshift_cluster" "dw" {
#         automated_snapshot_retention_period = 7
#       }
#     url: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html
#   categories:
#   - data-protection
package vigil.aws.redshift.redshift_cluster_automated_snapshots

deny contains result if {
	retention := object.get(input.resource.attributes, "AutomatedSnapshotRetentionPeriod", 0)
	retention < 1
	result := {
		"msg": sprintf("Redshift cluster %s keeps no automated snapshots (AutomatedSnapshotRetentionPeriod %d)", [input.resource.id, retention]),
		"evidence": {"AutomatedSnapshotRetentionPeriod": retention},
	}
}
