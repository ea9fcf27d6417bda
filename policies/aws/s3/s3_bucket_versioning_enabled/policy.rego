# METADATA
# scope: package
# title: S3 bucket versioning is enabled
# description: A bucket's versioning status must be Enabled (never-enabled and Suspended both fail).
# custom:
#   id: s3_bucket_versioning_enabled
#   severity: low
#   resource_types:
#   - aws.s3.bucket
#   risk: Without versioning, an overwrite or delete, accidental or by ransomware, destroys the only copy
#     of an object.
#   remediation:
#     text: Enable versioning on the bucket, and add lifecycle rules to expire old versions.
#     cli: aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled
#     terraform: |
#       resource "aws_s3_bucket_versioning" "this" {
#         bucket = aws_s3_bucket.this.id
#         versioning_configuration {
#           status = "Enabled"
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
#   categories:
#   - data-protection
package vigil.aws.s3.s3_bucket_versioning_enabled

import data.vigil.lib.aws.util

deny contains result if {
	versioning := input.resource.attributes.Versioning
	status := util.get(versioning, "Status", null)
	status != "Enabled"
	result := {
		"msg": sprintf("S3 bucket %s does not have versioning enabled (Status %v)", [input.resource.id, status]),
		"evidence": {"Versioning.Status": status},
	}
}
