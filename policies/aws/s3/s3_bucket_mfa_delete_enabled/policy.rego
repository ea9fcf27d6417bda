# METADATA
# scope: package
# title: S3 buckets have MFA Delete enabled
# description: GetBucketVersioning must return MFADelete "Enabled"; a bucket whose versioning was never enabled (no
#   MFADelete) or whose MFADelete is "Disabled" fails.
# custom:
#   id: s3_bucket_mfa_delete_enabled
#   severity: low
#   resource_types:
#   - aws.s3.bucket
#   risk: Without MFA Delete, stolen credentials that are allowed to delete object versions or suspend
#     versioning can destroy every version of the data; with it, both need the root user's MFA code.
#   remediation:
#     text: As the root user with its MFA device, enable versioning with MFA Delete on the bucket (only the root
#       user can, through the API or CLI, not the console).
#     cli: aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account>:mfa/root-account-mfa-device <code>"
#     terraform: |
#       resource "aws_s3_bucket_versioning" "this" {
#         bucket = aws_s3_bucket.this.id
#         mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}"
#         versioning_configuration {
#           status     = "Enabled"
#           mfa_delete = "Enabled"
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html
#   categories:
#   - data-protection
package vigil.aws.s3.s3_bucket_mfa_delete_enabled

import data.vigil.lib.aws.util

deny contains result if {
	versioning := input.resource.attributes.Versioning
	is_object(versioning)
	mfa_delete := util.get(versioning, "MFADelete", null)
	mfa_delete != "Enabled"
	result := {
		"msg": sprintf("S3 bucket %s does not have MFA Delete enabled (MFADelete %v)", [input.resource.id, mfa_delete]),
		"evidence": {"Versioning.MFADelete": mfa_delete, "Versioning.Status": util.get(versioning, "Status", null)},
	}
}
