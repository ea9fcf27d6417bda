# METADATA
# scope: package
# title: A multi-region CloudTrail trail logs S3 object-level read events for all buckets
# description: The account needs a trail among its resources with IsMultiRegionTrail true and Status.IsLogging true
#   whose event selectors log S3 object read events of every bucket - a basic selector with ReadWriteType All or
#   ReadOnly and a DataResources entry of Type AWS::S3::Object with the value arn:aws:s3 (or arn:aws:s3:::), or an
#   advanced selector with eventCategory Equals [Data], resources.type Equals [AWS::S3::Object], readOnly absent or
#   Equals [true], and no other field selector.
# custom:
#   id: cloudtrail_s3_dataevents_read_enabled
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: Without object-level read events, GetObject calls leave no audit record, so data exfiltration from S3 cannot be detected or scoped.
#   remediation:
#     text: Add an S3 data event selector for all current and future buckets to the multi-region trail, logging
#       read events (or all events).
#     cli: aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]'
#     terraform: |
#       resource "aws_cloudtrail" "main" {
#         # ...
#         event_selector {
#           read_write_type           = "All"
#           include_management_events = true
#           data_resource {
#             type   = "AWS::S3::Object"
#             values = ["arn:aws:s3"]
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html
#   categories:
#   - logging
package vigil.aws.cloudtrail.cloudtrail_s3_dataevents_read_enabled

import data.vigil.lib.aws.dataevents
import data.vigil.lib.aws.util

trails := util.array_or_empty(util.get(util.get(input, "account_resources", {}), "aws.cloudtrail.trail", []))

covered if {
	some t in trails
	dataevents.covers(t, "ReadOnly")
}

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	not covered
	result := {
		"msg": sprintf("Account %s (%s) has no logging multi-region CloudTrail trail recording S3 object-level read events for all buckets (%d trails found)", [input.resource.id, input.resource.name, count(trails)]),
		"evidence": {"trails": [{"Name": t.attributes.Name, "IsMultiRegionTrail": object.get(t.attributes, "IsMultiRegionTrail", null), "EventSelectors": object.get(t.attributes, "EventSelectors", null)} | some t in trails]},
	}
}
