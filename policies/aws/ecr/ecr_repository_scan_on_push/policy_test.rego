package vigil.aws.ecr.ecr_repository_scan_on_push_test

import data.vigil.aws.ecr.ecr_repository_scan_on_push

deny(name, scan_on_push, registry) := result if {
	result := ecr_repository_scan_on_push.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecr",
		"type": "aws.ecr.repository", "id": name, "uid": sprintf("arn:aws:ecr:us-east-1:111122223333:repository/%s", [name]),
		"name": name, "tags": {}, "attributes": {
			"repositoryName": name,
			"imageScanningConfiguration": {"scanOnPush": scan_on_push},
			"RegistryScanningConfiguration": registry,
		},
	}}
}

rule(frequency, filters) := {"scanFrequency": frequency, "repositoryFilters": [{"filter": f, "filterType": "WILDCARD"} | some f in filters]}

basic := {"scanType": "BASIC", "rules": []}

test_repository_flag_passes_under_basic if {
	count(deny("tools/builder", true, basic)) == 0
}

test_no_flag_no_rule_fails if {
	count(deny("tools/builder", false, basic)) == 1
}

test_basic_scan_on_push_rule_passes if {
	count(deny("app/api", false, {"scanType": "BASIC", "rules": [rule("SCAN_ON_PUSH", ["app/*"])]})) == 0
}

test_basic_rule_for_other_repositories_fails if {
	count(deny("tools/builder", false, {"scanType": "BASIC", "rules": [rule("SCAN_ON_PUSH", ["app/*"])]})) == 1
}

test_enhanced_rule_passes if {
	count(deny("app/api", false, {"scanType": "ENHANCED", "rules": [rule("CONTINUOUS_SCAN", ["app/*"])]})) == 0
	count(deny("anything", false, {"scanType": "ENHANCED", "rules": [rule("SCAN_ON_PUSH", ["*"])]})) == 0
}

test_enhanced_ignores_the_repository_flag if {
	count(deny("tools/builder", true, {"scanType": "ENHANCED", "rules": [rule("CONTINUOUS_SCAN", ["app/*"])]})) == 1
}

test_manual_rule_does_not_scan if {
	count(deny("app/api", false, {"scanType": "BASIC", "rules": [rule("MANUAL", ["*"])]})) == 1
}

test_filter_is_anchored_and_dot_is_literal if {
	count(deny("xapp/api", false, {"scanType": "BASIC", "rules": [rule("SCAN_ON_PUSH", ["app/*"])]})) == 1
	count(deny("a-b", false, {"scanType": "BASIC", "rules": [rule("SCAN_ON_PUSH", ["a.b"])]})) == 1
}

test_missing_registry_configuration_is_not_judged if {
	result := ecr_repository_scan_on_push.deny with input as {"resource": {"id": "r", "attributes": {
		"repositoryName": "r", "imageScanningConfiguration": {"scanOnPush": false}}}}
	count(result) == 0
}
