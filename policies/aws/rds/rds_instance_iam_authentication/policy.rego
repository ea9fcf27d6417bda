# METADATA
# scope: package
# title: RDS MySQL, MariaDB and PostgreSQL instances accept IAM database authentication
# description: A DB instance that is not a member of a DB cluster, whose Engine is mysql, mariadb or postgres, must
#   have IAMDatabaseAuthenticationEnabled true.
# custom:
#   id: rds_instance_iam_authentication
#   severity: low
#   resource_types:
#   - aws.rds.instance
#   risk: Without IAM authentication every client uses long-lived database passwords, which are shared, rarely
#     rotated and invisible to IAM access reviews.
#   remediation:
#     text: Enable IAM database authentication and let applications connect with short-lived IAM tokens.
#     cli: aws rds modify-db-instance --db-instance-identifier <db> --enable-iam-database-authentication --apply-immediately
#     terraform: |
#       resource "aws_db_instance" "db" {
#         iam_database_authentication_enabled = true
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html
#   categories:
#   - identity
package vigil.aws.rds.rds_instance_iam_authentication

import data.vigil.lib.aws.util

deny contains result if {
	not util.non_empty(object.get(input.resource.attributes, "DBClusterIdentifier", null))
	input.resource.attributes.Engine in {"mysql", "mariadb", "postgres"}
	input.resource.attributes.IAMDatabaseAuthenticationEnabled == false
	result := {
		"msg": sprintf("RDS DB instance %s does not accept IAM database authentication", [input.resource.id]),
		"evidence": {"IAMDatabaseAuthenticationEnabled": input.resource.attributes.IAMDatabaseAuthenticationEnabled},
	}
}
