# METADATA
# scope: package
# title: S3 Block Public Access is fully enabled for the account
# description: The account-level S3 public access block must exist with BlockPublicAcls, IgnorePublicAcls,
#   BlockPublicPolicy and RestrictPublicBuckets all true.
# custom:
#   id: s3_account_public_access_block
#   severity: high
#   resource_types:
#   - aws.s3.account
#   risk: Without the account-wide block, one bucket policy or ACL mistake is enough to publish data to
#     the internet.
#   remediation:
#     text: Turn on all four Block Public Access settings at the account level; grant the rare public content
#       through CloudFront instead.
#     cli: aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration
#       BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
#     terraform: |
#       resource "aws_s3_account_public_access_block" "this" {
#         block_public_acls       = true
#         ignore_public_acls      = true
#         block_public_policy     = true
#         restrict_public_buckets = true
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.s3.s3_account_public_access_block

import data.vigil.lib.aws.s3

deny contains result if {
	cfg := input.resource.attributes.PublicAccessBlockConfiguration
	weak := s3.weak_pab_flags(cfg)
	count(weak) > 0
	result := {
		"msg": sprintf("S3 Block Public Access of account %s is not fully on (%s not true)", [input.resource.id, concat(", ", weak)]),
		"evidence": {"PublicAccessBlockConfiguration": cfg, "weak_flags": weak},
	}
}
