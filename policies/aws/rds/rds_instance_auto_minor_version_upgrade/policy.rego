# METADATA
# scope: package
# title: RDS DB instances apply minor engine upgrades automatically
# description: A DB instance must have AutoMinorVersionUpgrade true.
# custom:
#   id: rds_instance_auto_minor_version_upgrade
#   severity: low
#   resource_types:
#   - aws.rds.instance
#   risk: Minor versions carry security fixes; an instance that never takes them keeps known vulnerabilities
#     of its engine.
#   remediation:
#     text: Enable automatic minor version upgrades (they are applied in the maintenance window).
#     cli: aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade --apply-immediately
#     terraform: |
#       resource "aws_db_instance" "db" {
#         auto_minor_version_upgrade = true
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades
#   categories:
#   - compute
package vigil.aws.rds.rds_instance_auto_minor_version_upgrade

deny contains result if {
	input.resource.attributes.AutoMinorVersionUpgrade == false
	result := {
		"msg": sprintf("RDS DB instance %s does not upgrade minor engine versions automatically", [input.resource.id]),
		"evidence": {"AutoMinorVersionUpgrade": input.resource.attributes.AutoMinorVersionUpgrade},
	}
}
