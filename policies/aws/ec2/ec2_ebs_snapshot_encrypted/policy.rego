# METADATA
# scope: package
# title: EBS snapshots are encrypted
# description: Every EBS snapshot the account owns must be encrypted (Encrypted = true).
# custom:
#   id: ec2_ebs_snapshot_encrypted
#   severity: medium
#   resource_types:
#   - aws.ec2.snapshot
#   risk: An unencrypted snapshot holds a readable copy of the disk; it can be shared publicly (encrypted ones
#     cannot) and every volume restored from it is unencrypted too.
#   remediation:
#     text: Copy the snapshot with encryption under a customer-managed key, delete the unencrypted original,
#       and enable EBS encryption by default so new snapshots are encrypted.
#     cli: |-
#       aws ec2 copy-snapshot --source-snapshot-id <snap-id> --source-region <region> --encrypted --kms-key-id <key-arn>
#       aws ec2 delete-snapshot --snapshot-id <snap-id>
#     terraform: |
#       resource "aws_ebs_snapshot_copy" "encrypted" {
#         source_snapshot_id = "<snap-id>"
#         source_region      = "eu-west-1"
#         encrypted          = true
#         kms_key_id         = aws_kms_key.ebs.arn
#       }
#     url: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.ec2.ec2_ebs_snapshot_encrypted

deny contains result if {
	input.resource.attributes.Encrypted == false
	result := {
		"msg": sprintf("EBS snapshot %s is not encrypted", [input.resource.id]),
		"evidence": {"Encrypted": false},
	}
}
