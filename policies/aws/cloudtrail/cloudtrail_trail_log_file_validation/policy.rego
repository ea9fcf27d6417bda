# METADATA
# scope: package
# title: CloudTrail log file validation is enabled
# description: Each trail must have LogFileValidationEnabled = true so that delivered log files carry signed
#   digests.
# custom:
#   id: cloudtrail_trail_log_file_validation
#   severity: medium
#   resource_types:
#   - aws.cloudtrail.trail
#   risk: Without digest files nobody can prove that log files were not altered or deleted after delivery,
#     which undermines investigations.
#   remediation:
#     text: Enable log file validation on the trail.
#     cli: aws cloudtrail update-trail --name <trail> --enable-log-file-validation
#     terraform: |
#       resource "aws_cloudtrail" "main" {
#         # ...
#         enable_log_file_validation = true
#       }
#     url: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
#   categories:
#   - logging
package vigil.aws.cloudtrail.cloudtrail_trail_log_file_validation

deny contains result if {
	input.resource.attributes.LogFileValidationEnabled == false
	result := {
		"msg": sprintf("CloudTrail trail %s does not validate log files", [input.resource.id]),
		"evidence": {"LogFileValidationEnabled": false},
	}
}
