# METADATA
# scope: package
# title: RDS DB clusters have storage encryption at rest
# description: A DB cluster (Aurora, Multi-AZ DB cluster) must have StorageEncrypted true.
# custom:
#   id: rds_cluster_storage_encrypted
#   severity: medium
#   resource_types:
#   - aws.rds.cluster
#   risk: An unencrypted cluster volume, its backups and snapshots can be read by anyone who obtains the
#     storage or a shared snapshot.
#   remediation:
#     text: Encryption cannot be turned on in place; snapshot the cluster, restore it with a KMS key and switch
#       the application over.
#     cli: aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <snap> --engine <engine> --kms-key-id <key>
#     terraform: |
#       resource "aws_rds_cluster" "db" {
#         storage_encrypted = true
#         kms_key_id        = aws_kms_key.rds.arn
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.rds.rds_cluster_storage_encrypted

deny contains result if {
	input.resource.attributes.StorageEncrypted == false
	result := {
		"msg": sprintf("RDS DB cluster %s does not encrypt its storage", [input.resource.id]),
		"evidence": {"StorageEncrypted": input.resource.attributes.StorageEncrypted},
	}
}
