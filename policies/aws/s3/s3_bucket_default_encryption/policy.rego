# METADATA
# scope: package
# title: S3 buckets have default encryption configured
# description: A bucket's ServerSideEncryptionConfiguration must exist and contain at least one rule.
# custom:
#   id: s3_bucket_default_encryption
#   severity: medium
#   resource_types:
#   - aws.s3.bucket
#   risk: Without a default encryption rule, the protection of new objects depends on every writer; older
#     buckets may still hold unencrypted objects.
#   remediation:
#     text: Configure default encryption (SSE-KMS with a customer-managed key, or at least SSE-S3) on the
#       bucket.
#     cli: aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}'
#     terraform: |
#       resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
#         bucket = aws_s3_bucket.this.id
#         rule {
#           apply_server_side_encryption_by_default {
#             sse_algorithm = "aws:kms"
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.s3.s3_bucket_default_encryption

import data.vigil.lib.aws.util

deny contains result if {
	cfg := input.resource.attributes.ServerSideEncryptionConfiguration
	not has_rule(cfg)
	result := {
		"msg": sprintf("S3 bucket %s has no default encryption rule", [input.resource.id]),
		"evidence": {"ServerSideEncryptionConfiguration": cfg},
	}
}

has_rule(cfg) if {
	is_object(cfg)
	count(util.array_or_empty(object.get(cfg, "Rules", []))) > 0
}
