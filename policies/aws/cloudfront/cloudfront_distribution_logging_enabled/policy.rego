# METADATA
# scope: package
# title: CloudFront distributions have standard logging enabled
# description: DistributionConfig.Logging.Enabled (GetDistributionConfig) must be true. Standard logging v2 deliveries
#   (configured through CloudWatch Logs) are not read.
# custom:
#   id: cloudfront_distribution_logging_enabled
#   severity: medium
#   resource_types:
#   - aws.cloudfront.distribution
#   risk: Without access logs there is no record of the requests viewers made, so abuse, scraping and attacks on the
#     origin cannot be investigated.
#   remediation:
#     text: Enable standard logging to an S3 bucket (or configure standard logging v2 and exempt the distribution).
#     cli: aws cloudfront get-distribution-config --id <id> > cfg.json, set Logging.Enabled true with a Bucket, then
#       aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://cfg.json
#     terraform: |
#       resource "aws_cloudfront_distribution" "site" {
#         logging_config {
#           bucket = aws_s3_bucket.cf_logs.bucket_domain_name
#           prefix = "site/"
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html
#   categories:
#   - logging
package vigil.aws.cloudfront.cloudfront_distribution_logging_enabled

import data.vigil.lib.aws.util

deny contains result if {
	logging := util.get(input.resource.attributes.DistributionConfig, "Logging", {})
	util.get(logging, "Enabled", false) != true
	result := {
		"msg": sprintf("CloudFront distribution %s has standard logging disabled", [input.resource.id]),
		"evidence": {"attribute": "DistributionConfig.Logging", "value": logging},
	}
}
