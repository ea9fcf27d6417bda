# METADATA
# scope: package
# title: ElastiCache replication groups apply minor engine upgrades automatically
# description: An ElastiCache replication group must have AutoMinorVersionUpgrade true.
# custom:
#   id: elasticache_replication_group_auto_minor_version_upgrade
#   severity: low
#   resource_types:
#   - aws.elasticache.replication_group
#   risk: Without automatic minor upgrades the engine keeps known security and stability bugs until someone
#     upgrades it by hand.
#   remediation:
#     text: Turn on automatic minor version upgrades.
#     cli: aws elasticache modify-replication-group --replication-group-id <id> --auto-minor-version-upgrade --apply-immediately
#     terraform: |
#       resource "aws_elasticache_replication_group" "r" {
#         auto_minor_version_upgrade = true
#       }
#     url: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html
#   categories:
#   - compute
package vigil.aws.elasticache.elasticache_replication_group_auto_minor_version_upgrade

deny contains result if {
	input.resource.attributes.AutoMinorVersionUpgrade == false
	result := {
		"msg": sprintf("ElastiCache replication group %s does not apply minor engine upgrades automatically", [input.resource.id]),
		"evidence": {"AutoMinorVersionUpgrade": false},
	}
}
