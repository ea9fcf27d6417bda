# METADATA
# scope: package
# title: CloudFront custom origins are reached over HTTPS only
# description: Every Origins.Items entry with a CustomOriginConfig must have OriginProtocolPolicy https-only (http-only and
#   match-viewer fail); S3 website endpoint origins (DomainName containing ".s3-website"), which cannot serve
#   HTTPS, are judged by cloudfront_distribution_s3_origin_access_control instead.
# custom:
#   id: cloudfront_distribution_origin_https_only
#   severity: medium
#   resource_types:
#   - aws.cloudfront.distribution
#   risk: Requests from CloudFront to the origin travel over the internet; over HTTP they, and the responses, can be
#     read and altered on the way.
#   remediation:
#     text: Set the origin protocol policy to https-only and serve a valid certificate at the origin.
#     cli: aws cloudfront get-distribution-config --id <id> > cfg.json, set CustomOriginConfig.OriginProtocolPolicy to
#       https-only, then aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://cfg.json
#     terraform: |
#       resource "aws_cloudfront_distribution" "api" {
#         origin {
#           custom_origin_config {
#             origin_protocol_policy = "https-only"
#             origin_ssl_protocols   = ["TLSv1.2"]
#             http_port              = 80
#             https_port             = 443
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
#   categories:
#   - encryption
#   - network
package vigil.aws.cloudfront.cloudfront_distribution_origin_https_only

import data.vigil.lib.aws.util

deny contains result if {
	some origin in util.array_or_empty(util.get(input.resource.attributes.Origins, "Items", []))
	config := util.get(origin, "CustomOriginConfig", null)
	config != null
	not contains(origin.DomainName, ".s3-website")
	config.OriginProtocolPolicy != "https-only"
	result := {
		"msg": sprintf("CloudFront distribution %s reaches origin %s (%s) with %s", [input.resource.id, origin.Id, origin.DomainName, config.OriginProtocolPolicy]),
		"evidence": {"Origin": origin.Id, "OriginProtocolPolicy": config.OriginProtocolPolicy},
	}
}
