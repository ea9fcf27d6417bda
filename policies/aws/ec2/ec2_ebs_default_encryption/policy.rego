# METADATA
# scope: package
# title: EBS encryption by default is enabled in every region
# description: Each region must have EBS encryption by default turned on (GetEbsEncryptionByDefault = true).
# custom:
#   id: ec2_ebs_default_encryption
#   severity: medium
#   resource_types:
#   - aws.ec2.region
#   risk: Without the default, every new volume and snapshot depends on its creator remembering to encrypt
#     it; unencrypted copies of data are the usual result.
#   remediation:
#     text: Turn on EBS encryption by default in the region (optionally choose a customer-managed default
#       key).
#     cli: aws ec2 enable-ebs-encryption-by-default --region <region>
#     terraform: |
#       resource "aws_ebs_encryption_by_default" "this" {
#         enabled = true
#       }
#     url: https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.ec2.ec2_ebs_default_encryption

deny contains result if {
	input.resource.attributes.EbsEncryptionByDefault == false
	result := {
		"msg": sprintf("EBS encryption by default is off in region %s", [input.resource.id]),
		"evidence": {"EbsEncryptionByDefault": false},
	}
}
