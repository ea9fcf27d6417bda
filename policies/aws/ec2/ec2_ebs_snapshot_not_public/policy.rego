# METADATA
# scope: package
# title: EBS snapshots are not public
# description: The createVolumePermission of an EBS snapshot the account owns (DescribeSnapshotAttribute,
#   CreateVolumePermissions) must not hold the group "all".
# custom:
#   id: ec2_ebs_snapshot_not_public
#   severity: critical
#   resource_types:
#   - aws.ec2.snapshot
#   risk: Any AWS account can create a volume from a public snapshot and read every block of the disk it copied,
#     databases, logs and secrets included.
#   remediation:
#     text: Remove the "all" group from the snapshot's createVolumePermission, share with named accounts only,
#       and turn on block public access for EBS snapshots.
#     cli: |-
#       aws ec2 modify-snapshot-attribute --snapshot-id <snap-id> --attribute createVolumePermission --operation-type remove --group-names all
#       aws ec2 enable-snapshot-block-public-access --state block-all-sharing
#     terraform: |
#       resource "aws_snapshot_create_volume_permission" "partner" {
#         snapshot_id = aws_ebs_snapshot.data.id
#         account_id  = "444455556666" # named accounts only
#       }
#     url: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.ec2.ec2_ebs_snapshot_not_public

import data.vigil.lib.aws.util

deny contains result if {
	some i, permission in util.array_or_empty(input.resource.attributes.CreateVolumePermissions)
	permission.Group == "all"
	result := {
		"msg": sprintf("EBS snapshot %s is public: any AWS account can create a volume from it", [input.resource.id]),
		"evidence": {"attribute": sprintf("CreateVolumePermissions[%d]", [i]), "value": permission},
	}
}
