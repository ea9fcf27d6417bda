# METADATA
# scope: package
# title: EFS file systems are encrypted at rest
# description: An EFS file system must have Encrypted true.
# custom:
#   id: efs_file_system_encrypted
#   severity: medium
#   resource_types:
#   - aws.efs.file_system
#   risk: Files and metadata of an unencrypted file system are stored in the clear; anyone who obtains the
#     underlying storage or a backup copy can read them.
#   remediation:
#     text: Encryption at rest can only be chosen at creation; create an encrypted file system (with a KMS key)
#       and copy the data over, for example with AWS DataSync.
#     cli: aws efs create-file-system --encrypted --kms-key-id <key-arn> --creation-token <token>
#     terraform: |
#       resource "aws_efs_file_system" "fs" {
#         encrypted  = true
#         kms_key_id = aws_kms_key.efs.arn
#       }
#     url: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.efs.efs_file_system_encrypted

deny contains result if {
	input.resource.attributes.Encrypted == false
	result := {
		"msg": sprintf("EFS file system %s is not encrypted at rest", [input.resource.id]),
		"evidence": {"Encrypted": false},
	}
}
