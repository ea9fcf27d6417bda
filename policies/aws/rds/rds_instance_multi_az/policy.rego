# METADATA
# scope: package
# title: RDS DB instances are Multi-AZ deployments
# description: A DB instance that is not a member of a DB cluster must have MultiAZ true.
# custom:
#   id: rds_instance_multi_az
#   severity: medium
#   resource_types:
#   - aws.rds.instance
#   risk: A single-AZ instance is unavailable for the whole of an Availability Zone outage or a host failure,
#     and maintenance causes downtime.
#   remediation:
#     text: Convert the instance to a Multi-AZ deployment.
#     cli: aws rds modify-db-instance --db-instance-identifier <db> --multi-az --apply-immediately
#     terraform: |
#       resource "aws_db_instance" "db" {
#         multi_az = true
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html
#   categories:
#   - data-protection
package vigil.aws.rds.rds_instance_multi_az

import data.vigil.lib.aws.util

deny contains result if {
	not util.non_empty(object.get(input.resource.attributes, "DBClusterIdentifier", null))
	input.resource.attributes.MultiAZ == false
	result := {
		"msg": sprintf("RDS DB instance %s runs in a single Availability Zone", [input.resource.id]),
		"evidence": {"MultiAZ": input.resource.attributes.MultiAZ},
	}
}
