package vigil.aws.securityhub.securityhub_enabled_test

import data.vigil.aws.securityhub.securityhub_enabled

region(hub) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.securitybaseline.region",
	"id": "eu-west-1", "uid": "arn:aws:securitybaseline:eu-west-1:111122223333:region", "name": "eu-west-1",
	"tags": {}, "attributes": {"RegionName": "eu-west-1", "SecurityHub": hub},
}

test_subscribed_passes if {
	hub := {"HubArn": "arn:aws:securityhub:eu-west-1:111122223333:hub/default", "AutoEnableControls": true}
	count(securityhub_enabled.deny) == 0 with input as {"resource": region(hub)}
}

test_not_subscribed_fails if {
	result := securityhub_enabled.deny with input as {"resource": region(null)}
	count(result) == 1
	some r in result
	contains(r.msg, "eu-west-1")
}
