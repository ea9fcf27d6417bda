package vigil.aws.macie.macie_enabled_test

import data.vigil.aws.macie.macie_enabled

baseline(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "service": "securitybaseline",
	"type": "aws.securitybaseline.region", "id": "eu-west-1", "uid": "arn:aws:securitybaseline:eu-west-1:111122223333:region",
	"name": "eu-west-1", "tags": {}, "attributes": object.union({"RegionName": "eu-west-1"}, attrs),
}

deny(attrs) := result if {
	result := macie_enabled.deny with input as {"resource": baseline(attrs)}
}

test_enabled_passes if {
	count(deny({"MacieSession": {"status": "ENABLED", "findingPublishingFrequency": "FIFTEEN_MINUTES"}})) == 0
}

test_not_enabled_fails if {
	result := deny({"MacieSession": null})
	count(result) == 1
	some r in result
	r.evidence.MacieSession == null
	contains(r.msg, "eu-west-1")
}

test_paused_fails if {
	result := deny({"MacieSession": {"status": "PAUSED"}})
	count(result) == 1
	some r in result
	r.evidence["MacieSession.status"] == "PAUSED"
}

test_session_without_status_fails if {
	count(deny({"MacieSession": {}})) == 1
}

test_unknown_not_judged if {
	count(deny({})) == 0
}
