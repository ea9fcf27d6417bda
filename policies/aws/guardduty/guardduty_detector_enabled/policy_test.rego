package vigil.aws.guardduty.guardduty_detector_enabled_test

import data.vigil.aws.guardduty.guardduty_detector_enabled

region(detectors) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.securitybaseline.region",
	"id": "eu-west-1", "uid": "arn:aws:securitybaseline:eu-west-1:111122223333:region", "name": "eu-west-1",
	"tags": {}, "attributes": {"RegionName": "eu-west-1", "GuardDutyDetectors": detectors},
}

test_enabled_detector_passes if {
	count(guardduty_detector_enabled.deny) == 0 with input as {"resource": region([{"DetectorId": "d1", "Status": "ENABLED"}])}
}

test_suspended_detector_fails if {
	result := guardduty_detector_enabled.deny with input as {"resource": region([{"DetectorId": "d1", "Status": "DISABLED"}])}
	count(result) == 1
	some r in result
	contains(r.msg, "eu-west-1")
	r.evidence.detectors == [{"DetectorId": "d1", "Status": "DISABLED"}]
}

test_no_detector_fails if {
	count(guardduty_detector_enabled.deny) == 1 with input as {"resource": region([])}
}
