package vigil.aws.accessanalyzer.accessanalyzer_enabled_test

import data.vigil.aws.accessanalyzer.accessanalyzer_enabled

region(analyzers) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.securitybaseline.region",
	"id": "eu-west-1", "uid": "arn:aws:securitybaseline:eu-west-1:111122223333:region", "name": "eu-west-1",
	"tags": {}, "attributes": {"RegionName": "eu-west-1", "AccessAnalyzers": analyzers},
}

test_active_account_analyzer_passes if {
	a := [{"name": "ext", "type": "ACCOUNT", "status": "ACTIVE"}]
	count(accessanalyzer_enabled.deny) == 0 with input as {"resource": region(a)}
}

test_active_organization_analyzer_passes if {
	a := [{"name": "org", "type": "ORGANIZATION", "status": "ACTIVE"}]
	count(accessanalyzer_enabled.deny) == 0 with input as {"resource": region(a)}
}

test_no_analyzer_fails if {
	result := accessanalyzer_enabled.deny with input as {"resource": region([])}
	count(result) == 1
	some r in result
	contains(r.msg, "eu-west-1")
}

test_unused_access_analyzer_only_fails if {
	a := [{"name": "unused", "type": "ACCOUNT_UNUSED_ACCESS", "status": "ACTIVE"}]
	count(accessanalyzer_enabled.deny) == 1 with input as {"resource": region(a)}
}

test_failed_analyzer_fails if {
	a := [{"name": "ext", "type": "ACCOUNT", "status": "FAILED"}]
	count(accessanalyzer_enabled.deny) == 1 with input as {"resource": region(a)}
}
