package vigil.aws.config.config_recorder_enabled_test

import data.vigil.aws.config.config_recorder_enabled

region(recorders, statuses, channels) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.securitybaseline.region",
	"id": "eu-west-1", "uid": "arn:aws:securitybaseline:eu-west-1:111122223333:region", "name": "eu-west-1",
	"tags": {}, "attributes": {
		"RegionName": "eu-west-1", "ConfigurationRecorders": recorders,
		"ConfigurationRecordersStatus": statuses, "DeliveryChannels": channels,
	},
}

recorder(all) := {"name": "default", "recordingGroup": {"allSupported": all, "includeGlobalResourceTypes": false}}

channel := {"name": "default", "s3BucketName": "config-bucket"}

test_recording_all_types_with_channel_passes if {
	r := region([recorder(true)], [{"name": "default", "recording": true}], [channel])
	count(config_recorder_enabled.deny) == 0 with input as {"resource": r}
}

test_stopped_recorder_fails if {
	r := region([recorder(true)], [{"name": "default", "recording": false}], [channel])
	result := config_recorder_enabled.deny with input as {"resource": r}
	count(result) == 1
	some x in result
	contains(x.msg, "is recording")
	x.evidence.recording == {"default": false}
}

test_selected_types_only_fails if {
	r := region([recorder(false)], [{"name": "default", "recording": true}], [channel])
	count(config_recorder_enabled.deny) == 1 with input as {"resource": r}
}

test_no_delivery_channel_fails if {
	r := region([recorder(true)], [{"name": "default", "recording": true}], [])
	result := config_recorder_enabled.deny with input as {"resource": r}
	count(result) == 1
	some x in result
	contains(x.msg, "no delivery channel")
}

test_no_recorder_fails if {
	count(config_recorder_enabled.deny) == 1 with input as {"resource": region([], [], [])}
}
