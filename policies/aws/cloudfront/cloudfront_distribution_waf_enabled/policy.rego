# METADATA
# scope: package
# title: CloudFront distributions are protected by a WAF web ACL
# description: WebACLId must be a non-empty string.
# custom:
#   id: cloudfront_distribution_waf_enabled
#   severity: medium
#   resource_types:
#   - aws.cloudfront.distribution
#   risk: Without a web ACL, application-layer attacks (injection, bots, credential stuffing, layer-7 floods) reach
#     the origin unfiltered.
#   remediation:
#     text: Associate an AWS WAF (v2, CLOUDFRONT scope) web ACL with the distribution.
#     cli: aws cloudfront get-distribution-config --id <id> > cfg.json, set WebACLId to the web ACL's ARN, then
#       aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://cfg.json
#     terraform: |
#       resource "aws_cloudfront_distribution" "site" {
#         web_acl_id = aws_wafv2_web_acl.edge.arn
#       }
#     url: https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.cloudfront.cloudfront_distribution_waf_enabled

import data.vigil.lib.aws.util

deny contains result if {
	not util.non_empty(object.get(input.resource.attributes, "WebACLId", ""))
	result := {
		"msg": sprintf("CloudFront distribution %s has no WAF web ACL", [input.resource.id]),
		"evidence": {"WebACLId": object.get(input.resource.attributes, "WebACLId", null)},
	}
}
