# METADATA
# scope: package
# title: CloudTrail logs are encrypted with a KMS key
# description: Each trail must name a KMS key (KmsKeyId present and not empty) for server-side encryption
#   of its log files.
# custom:
#   id: cloudtrail_trail_kms_encryption
#   severity: medium
#   resource_types:
#   - aws.cloudtrail.trail
#   risk: With only S3-managed encryption, anyone with read access to the bucket can read the logs; a KMS
#     key adds a separate, auditable permission.
#   remediation:
#     text: Create a customer-managed KMS key whose policy lets CloudTrail encrypt, and set it on the trail.
#     cli: aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>
#     terraform: |
#       resource "aws_cloudtrail" "main" {
#         # ...
#         kms_key_id = aws_kms_key.trail.arn
#       }
#     url: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
#   categories:
#   - logging
#   - encryption
package vigil.aws.cloudtrail.cloudtrail_trail_kms_encryption

import data.vigil.lib.aws.util

deny contains result if {
	key := object.get(input.resource.attributes, "KmsKeyId", null)
	not util.non_empty(key)
	result := {
		"msg": sprintf("CloudTrail trail %s does not encrypt its logs with a KMS key", [input.resource.id]),
		"evidence": {"KmsKeyId": key},
	}
}
