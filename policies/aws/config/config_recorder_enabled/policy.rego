# METADATA
# scope: package
# title: AWS Config records all resource types in every region
# description: Each enabled region must have an AWS Config recorder that records all supported resource types
#   (recordingGroup.allSupported), is recording (DescribeConfigurationRecorderStatus), and a delivery channel.
# custom:
#   id: config_recorder_enabled
#   severity: medium
#   resource_types:
#   - aws.securitybaseline.region
#   risk: Without a recording Config recorder and a delivery channel the region keeps no configuration history;
#     changes cannot be audited or reconstructed after an incident, and Config rules and Security Hub controls
#     that depend on Config evaluate nothing.
#   remediation:
#     text: Create a recorder for all supported resource types (global types in one region), a delivery
#       channel to an S3 bucket, and start recording.
#     cli: aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>
#     terraform: |
#       resource "aws_config_configuration_recorder" "this" {
#         name     = "default"
#         role_arn = aws_iam_service_linked_role.config.arn
#         recording_group {
#           all_supported = true
#         }
#       }
#       resource "aws_config_configuration_recorder_status" "this" {
#         name       = aws_config_configuration_recorder.this.name
#         is_enabled = true
#         depends_on = [aws_config_delivery_channel.this]
#       }
#     url: https://docs.aws.amazon.com/config/latest/developerguide/gs-console.html
#   categories:
#   - logging
#   - governance
package vigil.aws.config.config_recorder_enabled

attributes := input.resource.attributes

compliant_recorder if {
	some recorder in attributes.ConfigurationRecorders
	recorder.recordingGroup.allSupported == true
	some status in attributes.ConfigurationRecordersStatus
	status.name == recorder.name
	status.recording == true
}

deny contains result if {
	recorders := attributes.ConfigurationRecorders
	statuses := attributes.ConfigurationRecordersStatus
	channels := attributes.DeliveryChannels
	problems := {p |
		not compliant_recorder
		p := "no recorder records all resource types and is recording"
	} | {p |
		count(channels) == 0
		p := "no delivery channel"
	}
	count(problems) > 0
	result := {
		"msg": sprintf("AWS Config in region %s: %s", [input.resource.id, concat("; ", sort(problems))]),
		"evidence": {
			"recorders": [{"name": r.name, "allSupported": object.get(r, ["recordingGroup", "allSupported"], null)} |
				some r in recorders],
			"recording": {s.name: s.recording | some s in statuses},
			"delivery_channels": count(channels),
		},
	}
}
