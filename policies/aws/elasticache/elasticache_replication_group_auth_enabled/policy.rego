# METADATA
# scope: package
# title: ElastiCache replication groups require authentication (AUTH token or RBAC)
# description: An ElastiCache replication group must have AuthTokenEnabled true or at least one RBAC user
#   group in UserGroupIds.
# custom:
#   id: elasticache_replication_group_auth_enabled
#   severity: medium
#   resource_types:
#   - aws.elasticache.replication_group
#   risk: Without an AUTH token or RBAC user group any client that reaches the endpoint can read, change or
#     flush all data and run administrative commands.
#   remediation:
#     text: Attach an RBAC user group (or set an AUTH token); both require in-transit encryption.
#     cli: aws elasticache modify-replication-group --replication-group-id <id> --user-group-ids-to-add <user-group> --apply-immediately
#     terraform: |
#       resource "aws_elasticache_replication_group" "r" {
#         transit_encryption_enabled = true
#         user_group_ids             = [aws_elasticache_user_group.app.id]
#       }
#     url: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html
#   categories:
#   - identity
package vigil.aws.elasticache.elasticache_replication_group_auth_enabled

import data.vigil.lib.aws.util

deny contains result if {
	attributes := input.resource.attributes
	object.get(attributes, "AuthTokenEnabled", false) != true
	count(util.array_or_empty(object.get(attributes, "UserGroupIds", []))) == 0
	result := {
		"msg": sprintf("ElastiCache replication group %s requires neither an AUTH token nor an RBAC user group", [input.resource.id]),
		"evidence": {"AuthTokenEnabled": object.get(attributes, "AuthTokenEnabled", null), "UserGroupIds": object.get(attributes, "UserGroupIds", null)},
	}
}
