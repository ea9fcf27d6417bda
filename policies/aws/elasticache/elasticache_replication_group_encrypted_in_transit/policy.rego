# METADATA
# scope: package
# title: ElastiCache replication groups encrypt traffic in transit
# description: An ElastiCache replication group must have TransitEncryptionEnabled true.
# custom:
#   id: elasticache_replication_group_encrypted_in_transit
#   severity: medium
#   resource_types:
#   - aws.elasticache.replication_group
#   risk: Without TLS, commands, data and AUTH tokens travel in the clear between clients and nodes and
#     between nodes, readable by anyone who can capture traffic in the VPC.
#   remediation:
#     text: Enable in-transit encryption (first with TransitEncryptionMode preferred, then required once every
#       client uses TLS).
#     cli: aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately
#     terraform: |
#       resource "aws_elasticache_replication_group" "r" {
#         transit_encryption_enabled = true
#       }
#     url: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
#   categories:
#   - encryption
#   - network
package vigil.aws.elasticache.elasticache_replication_group_encrypted_in_transit

deny contains result if {
	input.resource.attributes.TransitEncryptionEnabled == false
	result := {
		"msg": sprintf("ElastiCache replication group %s does not encrypt traffic in transit", [input.resource.id]),
		"evidence": {"TransitEncryptionEnabled": false},
	}
}
