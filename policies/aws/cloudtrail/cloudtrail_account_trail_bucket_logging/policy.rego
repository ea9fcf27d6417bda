# METADATA
# scope: package
# title: S3 buckets that receive the account's CloudTrail logs have server access logging enabled
# description: For every trail in the account's resources whose S3BucketName names a bucket of the same account,
#   that bucket's Logging must have LoggingEnabled. Buckets in other accounts (a central log archive) are judged in
#   their own account.
# custom:
#   id: cloudtrail_account_trail_bucket_logging
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: Without server access logs on the CloudTrail bucket, reads and deletions of the audit trail itself leave
#     no record, so tampering with or exfiltration of the logs goes unnoticed.
#   remediation:
#     text: Enable server access logging on the CloudTrail bucket, delivering to a separate logging bucket.
#     cli: aws s3api put-bucket-logging --bucket <cloudtrail-bucket> --bucket-logging-status
#       '{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"cloudtrail/"}}'
#     terraform: |
#       resource "aws_s3_bucket_logging" "cloudtrail" {
#         bucket        = aws_s3_bucket.cloudtrail.id
#         target_bucket = aws_s3_bucket.access_logs.id
#         target_prefix = "cloudtrail/"
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
#   categories:
#   - logging
package vigil.aws.cloudtrail.cloudtrail_account_trail_bucket_logging

import data.vigil.lib.aws.util

resources := util.get(input, "account_resources", {})

trails := util.array_or_empty(util.get(resources, "aws.cloudtrail.trail", []))

buckets := util.array_or_empty(util.get(resources, "aws.s3.bucket", []))

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	some trail in trails
	name := trail.attributes.S3BucketName
	some bucket in buckets
	bucket.id == name
	logging := bucket.attributes.Logging
	util.get(logging, "LoggingEnabled", null) == null
	result := {
		"msg": sprintf("CloudTrail trail %s of account %s delivers to S3 bucket %s, which has no server access logging", [trail.attributes.Name, input.resource.id, name]),
		"evidence": {"trail": trail.uid, "S3BucketName": name, "bucket.Logging": logging},
	}
}
