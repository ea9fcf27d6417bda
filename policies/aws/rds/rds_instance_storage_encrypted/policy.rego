# METADATA
# scope: package
# title: RDS DB instances have storage encryption at rest
# description: A DB instance that is not a member of a DB cluster (no DBClusterIdentifier) must have
#   StorageEncrypted true; Aurora members are judged by rds_cluster_storage_encrypted.
# custom:
#   id: rds_instance_storage_encrypted
#   severity: medium
#   resource_types:
#   - aws.rds.instance
#   risk: Unencrypted storage, its automated backups, read replicas and snapshots can be read by anyone who
#     obtains the underlying volumes or a shared snapshot.
#   remediation:
#     text: Encryption cannot be turned on in place; snapshot the instance, copy the snapshot with a KMS key,
#       restore it and switch the application over.
#     cli: aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <snap>-enc --kms-key-id <key>
#     terraform: |
#       resource "aws_db_instance" "db" {
#         storage_encrypted = true
#         kms_key_id        = aws_kms_key.rds.arn
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.rds.rds_instance_storage_encrypted

import data.vigil.lib.aws.util

deny contains result if {
	not util.non_empty(object.get(input.resource.attributes, "DBClusterIdentifier", null))
	input.resource.attributes.StorageEncrypted == false
	result := {
		"msg": sprintf("RDS DB instance %s does not encrypt its storage", [input.resource.id]),
		"evidence": {"StorageEncrypted": input.resource.attributes.StorageEncrypted},
	}
}
