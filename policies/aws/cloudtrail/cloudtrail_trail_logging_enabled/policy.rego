# METADATA
# scope: package
# title: CloudTrail trails are logging
# description: Each trail must be logging (GetTrailStatus IsLogging = true).
# custom:
#   id: cloudtrail_trail_logging_enabled
#   severity: high
#   resource_types:
#   - aws.cloudtrail.trail
#   risk: 'A stopped trail records nothing: API activity, including an attacker''s, goes unseen from that
#     moment.'
#   remediation:
#     text: Start logging on the trail and find out who stopped it (the StopLogging event is itself recorded).
#     cli: aws cloudtrail start-logging --name <trail>
#     terraform: |
#       resource "aws_cloudtrail" "main" {
#         # ...
#         enable_logging = true
#       }
#     url: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html
#   categories:
#   - logging
package vigil.aws.cloudtrail.cloudtrail_trail_logging_enabled

deny contains result if {
	input.resource.attributes.Status.IsLogging == false
	result := {
		"msg": sprintf("CloudTrail trail %s is not logging", [input.resource.id]),
		"evidence": {"Status.IsLogging": false},
	}
}
