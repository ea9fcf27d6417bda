# METADATA
# scope: package
# title: RDS manual DB snapshots are not public
# description: The restore attribute of a manual DB snapshot (DBSnapshotAttributes entry with AttributeName
#   "restore") must not list "all" among its AttributeValues.
# custom:
#   id: rds_snapshot_not_public
#   severity: critical
#   resource_types:
#   - aws.rds.snapshot
#   risk: Any AWS account can copy a public snapshot and restore the whole database, with every row it held at
#     snapshot time.
#   remediation:
#     text: Remove "all" from the snapshot's restore attribute; share it with named accounts only if needed.
#     cli: aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore
#       --values-to-remove all
#     terraform: '# Share snapshots with named accounts only (aws_db_snapshot has no public switch; remove the
#       share made outside Terraform).'
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.rds.rds_snapshot_not_public

import data.vigil.lib.aws.util

deny contains result if {
	some i, attribute in util.array_or_empty(input.resource.attributes.DBSnapshotAttributes)
	attribute.AttributeName == "restore"
	"all" in util.array_or_empty(attribute.AttributeValues)
	result := {
		"msg": sprintf("RDS DB snapshot %s can be restored by any AWS account (restore attribute holds \"all\")", [input.resource.id]),
		"evidence": {"attribute": sprintf("DBSnapshotAttributes[%d]", [i]), "value": attribute},
	}
}
