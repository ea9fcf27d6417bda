# METADATA
# scope: package
# title: EBS volumes are encrypted
# description: Every EBS volume must be encrypted (Encrypted = true).
# custom:
#   id: ec2_volume_encrypted
#   severity: medium
#   resource_types:
#   - aws.ec2.volume
#   risk: Unencrypted volumes and their snapshots expose data to anyone who can copy or share the snapshot,
#     and break most data-at-rest commitments.
#   remediation:
#     text: Snapshot the volume, copy the snapshot with encryption enabled, create a new volume from it
#       and swap it in; enable EBS encryption by default to prevent new cases.
#     cli: |-
#       aws ec2 create-snapshot --volume-id <vol-id>
#       aws ec2 copy-snapshot --source-snapshot-id <snap-id> --source-region <region> --encrypted --kms-key-id <key-arn>
#     terraform: |
#       resource "aws_ebs_volume" "data" {
#         availability_zone = "eu-west-1a"
#         size              = 100
#         encrypted         = true
#       }
#     url: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.ec2.ec2_volume_encrypted

deny contains result if {
	input.resource.attributes.Encrypted == false
	result := {
		"msg": sprintf("EBS volume %s is not encrypted", [input.resource.id]),
		"evidence": {"Encrypted": false},
	}
}
