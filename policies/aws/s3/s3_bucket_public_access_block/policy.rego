# METADATA
# scope: package
# title: S3 buckets have Block Public Access fully enabled
# description: A bucket's public access block must exist with BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy
#   and RestrictPublicBuckets all true.
# custom:
#   id: s3_bucket_public_access_block
#   severity: medium
#   resource_types:
#   - aws.s3.bucket
#   risk: A bucket without its own block relies entirely on the account setting; if that is ever relaxed,
#     a permissive policy or ACL publishes the bucket.
#   remediation:
#     text: Turn on all four Block Public Access settings on the bucket.
#     cli: aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
#     terraform: |
#       resource "aws_s3_bucket_public_access_block" "this" {
#         bucket                  = aws_s3_bucket.this.id
#         block_public_acls       = true
#         ignore_public_acls      = true
#         block_public_policy     = true
#         restrict_public_buckets = true
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.s3.s3_bucket_public_access_block

import data.vigil.lib.aws.s3

deny contains result if {
	cfg := input.resource.attributes.PublicAccessBlockConfiguration
	weak := s3.weak_pab_flags(cfg)
	count(weak) > 0
	result := {
		"msg": sprintf("S3 bucket %s does not fully block public access (%s not true)", [input.resource.id, concat(", ", weak)]),
		"evidence": {"PublicAccessBlockConfiguration": cfg, "weak_flags": weak},
	}
}
