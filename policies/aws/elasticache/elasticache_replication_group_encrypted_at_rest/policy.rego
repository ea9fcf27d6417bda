# METADATA
# scope: package
# title: ElastiCache replication groups are encrypted at rest
# description: An ElastiCache replication group must have AtRestEncryptionEnabled true.
# custom:
#   id: elasticache_replication_group_encrypted_at_rest
#   severity: medium
#   resource_types:
#   - aws.elasticache.replication_group
#   risk: Without encryption at rest, data that the cache writes to disk (swap, backups, snapshots exported to
#     S3) is stored in the clear.
#   remediation:
#     text: At-rest encryption can only be chosen at creation; create an encrypted replication group
#       (optionally with a KMS key), restore a backup into it and switch clients over.
#     cli: aws elasticache create-replication-group --replication-group-id <id> --at-rest-encryption-enabled --kms-key-id <key-arn> --snapshot-name <backup> ...
#     terraform: |
#       resource "aws_elasticache_replication_group" "r" {
#         at_rest_encryption_enabled = true
#         kms_key_id                 = aws_kms_key.cache.arn
#       }
#     url: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.elasticache.elasticache_replication_group_encrypted_at_rest

deny contains result if {
	input.resource.attributes.AtRestEncryptionEnabled == false
	result := {
		"msg": sprintf("ElastiCache replication group %s is not encrypted at rest", [input.resource.id]),
		"evidence": {"AtRestEncryptionEnabled": false},
	}
}
