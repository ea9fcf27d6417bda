# METADATA
# scope: package
# title: RDS DB instances have deletion protection
# description: A DB instance that is not a member of a DB cluster must have DeletionProtection true; Aurora members
#   are judged by rds_cluster_deletion_protection.
# custom:
#   id: rds_instance_deletion_protection
#   severity: low
#   resource_types:
#   - aws.rds.instance
#   risk: Without deletion protection a single API call or a mistaken infrastructure change deletes the
#     database.
#   remediation:
#     text: Enable deletion protection.
#     cli: aws rds modify-db-instance --db-instance-identifier <db> --deletion-protection --apply-immediately
#     terraform: |
#       resource "aws_db_instance" "db" {
#         deletion_protection = true
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection
#   categories:
#   - data-protection
package vigil.aws.rds.rds_instance_deletion_protection

import data.vigil.lib.aws.util

deny contains result if {
	not util.non_empty(object.get(input.resource.attributes, "DBClusterIdentifier", null))
	input.resource.attributes.DeletionProtection == false
	result := {
		"msg": sprintf("RDS DB instance %s has no deletion protection", [input.resource.id]),
		"evidence": {"DeletionProtection": input.resource.attributes.DeletionProtection},
	}
}
