# METADATA
# scope: package
# title: RDS DB clusters have deletion protection
# description: A DB cluster must have DeletionProtection true.
# custom:
#   id: rds_cluster_deletion_protection
#   severity: low
#   resource_types:
#   - aws.rds.cluster
#   risk: Without deletion protection a single API call or a mistaken infrastructure change deletes the
#     cluster.
#   remediation:
#     text: Enable deletion protection on the cluster.
#     cli: aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately
#     terraform: |
#       resource "aws_rds_cluster" "db" {
#         deletion_protection = true
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection
#   categories:
#   - data-protection
package vigil.aws.rds.rds_cluster_deletion_protection

deny contains result if {
	input.resource.attributes.DeletionProtection == false
	result := {
		"msg": sprintf("RDS DB cluster %s has no deletion protection", [input.resource.id]),
		"evidence": {"DeletionProtection": input.resource.attributes.DeletionProtection},
	}
}
