# METADATA
# scope: package
# title: CloudFront S3 origins use origin access control
# description: Every Origins.Items entry with an S3OriginConfig must have a non-empty OriginAccessControlId (an origin access
#   identity alone fails), and no origin may have a DomainName on an S3 website endpoint (containing
#   ".s3-website"), which only serves public buckets.
# custom:
#   id: cloudfront_distribution_s3_origin_access_control
#   severity: high
#   resource_types:
#   - aws.cloudfront.distribution
#   risk: Without origin access control the bucket must be readable by the legacy identity or by everyone, so content
#     can be fetched around CloudFront, its WAF, geo and signed-URL rules.
#   remediation:
#     text: Create an origin access control, attach it to the S3 origin, allow it in the bucket policy, and remove the
#       origin access identity or the website endpoint (and the bucket's public access).
#     cli: aws cloudfront create-origin-access-control --origin-access-control-config
#       Name=site-oac,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=s3
#     terraform: |
#       resource "aws_cloudfront_distribution" "site" {
#         origin {
#           domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
#           origin_id                = "s3-site"
#           origin_access_control_id = aws_cloudfront_origin_access_control.site.id
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.cloudfront.cloudfront_distribution_s3_origin_access_control

import data.vigil.lib.aws.util

origins := util.array_or_empty(util.get(input.resource.attributes.Origins, "Items", []))

problem(origin) := "S3 origin without origin access control" if {
	util.get(origin, "S3OriginConfig", null) != null
	not util.non_empty(object.get(origin, "OriginAccessControlId", ""))
}

problem(origin) := "S3 website endpoint origin (public bucket)" if {
	util.get(origin, "S3OriginConfig", null) == null
	contains(origin.DomainName, ".s3-website")
}

deny contains result if {
	some origin in origins
	why := problem(origin)
	result := {
		"msg": sprintf("CloudFront distribution %s origin %s (%s): %s", [input.resource.id, origin.Id, origin.DomainName, why]),
		"evidence": {"Origin": origin.Id, "DomainName": origin.DomainName, "OriginAccessControlId": object.get(origin, "OriginAccessControlId", "")},
	}
}
