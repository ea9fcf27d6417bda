# METADATA
# scope: package
# title: CloudFront distributions do not serve viewers over plain HTTP
# description: DefaultCacheBehavior.ViewerProtocolPolicy and the ViewerProtocolPolicy of every CacheBehaviors.Items entry
#   must be redirect-to-https or https-only; allow-all fails.
# custom:
#   id: cloudfront_distribution_viewer_https
#   severity: medium
#   resource_types:
#   - aws.cloudfront.distribution
#   risk: With allow-all, viewers can fetch content and send cookies or tokens over unencrypted HTTP, open to
#     interception and tampering.
#   remediation:
#     text: Set the viewer protocol policy of every cache behavior to redirect-to-https (or https-only).
#     cli: aws cloudfront get-distribution-config --id <id> > cfg.json, set ViewerProtocolPolicy to redirect-to-https,
#       then aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://cfg.json
#     terraform: |
#       resource "aws_cloudfront_distribution" "site" {
#         default_cache_behavior {
#           viewer_protocol_policy = "redirect-to-https"
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
#   categories:
#   - encryption
#   - network
package vigil.aws.cloudfront.cloudfront_distribution_viewer_https

import data.vigil.lib.aws.util

behaviors := array.concat(
	[object.union(input.resource.attributes.DefaultCacheBehavior, {"PathPattern": "Default (*)"})],
	util.array_or_empty(util.get(input.resource.attributes.CacheBehaviors, "Items", [])),
)

deny contains result if {
	some behavior in behaviors
	behavior.ViewerProtocolPolicy == "allow-all"
	result := {
		"msg": sprintf("CloudFront distribution %s serves %s to viewers over HTTP (allow-all)", [input.resource.id, behavior.PathPattern]),
		"evidence": {"PathPattern": behavior.PathPattern, "ViewerProtocolPolicy": behavior.ViewerProtocolPolicy},
	}
}
