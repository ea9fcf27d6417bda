# METADATA
# scope: package
# title: Account is covered by a logging multi-region CloudTrail trail
# description: Every active account needs a CloudTrail trail among its resources that is multi-region, includes
#   global service events and is logging. An organization trail of the management account that meets these
#   covers every account of the organization.
# custom:
#   id: cloudtrail_account_multi_region_trail
#   severity: high
#   resource_types:
#   - aws.account
#   risk: Without a multi-region trail, API activity in other regions and in global services (IAM, STS)
#     goes unrecorded, so an intrusion cannot be detected or investigated.
#   remediation:
#     text: Create a multi-region trail with global service events (or an organization trail in the management
#       account), deliver it to a protected S3 bucket and start logging.
#     cli: |-
#       aws cloudtrail create-trail --name main --s3-bucket-name <bucket> --is-multi-region-trail --include-global-service-events --enable-log-file-validation --kms-key-id <key-arn>
#       aws cloudtrail start-logging --name main
#     terraform: |
#       resource "aws_cloudtrail" "main" {
#         name                          = "main"
#         s3_bucket_name                = aws_s3_bucket.trail.id
#         is_multi_region_trail         = true
#         include_global_service_events = true
#         enable_log_file_validation    = true
#         kms_key_id                    = aws_kms_key.trail.arn
#         enable_logging                = true
#       }
#     url: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
#   categories:
#   - logging
package vigil.aws.cloudtrail.cloudtrail_account_multi_region_trail

import data.vigil.lib.aws.util

trails := util.array_or_empty(util.get(util.get(input, "account_resources", {}), "aws.cloudtrail.trail", []))

# An organization trail of the management account is listed among a member account's trails
# (DescribeTrails returns it there), so it is credited by the same test.
qualifying(trail) if {
	trail.attributes.IsMultiRegionTrail == true
	trail.attributes.IncludeGlobalServiceEvents == true
	trail.attributes.Status.IsLogging == true
}

covered if {
	some trail in trails
	qualifying(trail)
}

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	not covered
	summary := [{
		"Name": t.attributes.Name,
		"IsMultiRegionTrail": object.get(t.attributes, "IsMultiRegionTrail", null),
		"IncludeGlobalServiceEvents": object.get(t.attributes, "IncludeGlobalServiceEvents", null),
		"IsLogging": util.get(util.get(t.attributes, "Status", {}), "IsLogging", null),
	} |
		some t in trails
	]
	result := {
		"msg": sprintf("Account %s (%s) has no logging multi-region CloudTrail trail with global service events (%d trails found)", [input.resource.id, input.resource.name, count(trails)]),
		"evidence": {"trails": summary},
	}
}
