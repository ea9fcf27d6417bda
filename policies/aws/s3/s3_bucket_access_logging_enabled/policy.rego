# METADATA
# scope: package
# title: S3 server access logging is enabled
# description: A bucket must have server access logging configured (Logging.LoggingEnabled present).
# custom:
#   id: s3_bucket_access_logging_enabled
#   severity: low
#   resource_types:
#   - aws.s3.bucket
#   risk: Without access logs there is no record of who read or changed which objects, which leaves data
#     access unauditable.
#   remediation:
#     text: Enable server access logging to a dedicated log bucket (or record S3 data events with CloudTrail).
#     cli: aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}'
#     terraform: |
#       resource "aws_s3_bucket_logging" "this" {
#         bucket        = aws_s3_bucket.this.id
#         target_bucket = aws_s3_bucket.logs.id
#         target_prefix = "this/"
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
#   categories:
#   - logging
package vigil.aws.s3.s3_bucket_access_logging_enabled

import data.vigil.lib.aws.util

deny contains result if {
	logging := input.resource.attributes.Logging
	util.get(logging, "LoggingEnabled", null) == null
	result := {
		"msg": sprintf("S3 bucket %s has no server access logging", [input.resource.id]),
		"evidence": {"Logging": logging},
	}
}
