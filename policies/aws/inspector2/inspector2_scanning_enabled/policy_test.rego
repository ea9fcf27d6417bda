package vigil.aws.inspector2.inspector2_scanning_enabled_test

import data.vigil.aws.inspector2.inspector2_scanning_enabled

baseline(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "service": "securitybaseline",
	"type": "aws.securitybaseline.region", "id": "eu-west-1", "uid": "arn:aws:securitybaseline:eu-west-1:111122223333:region",
	"name": "eu-west-1", "tags": {}, "attributes": object.union({"RegionName": "eu-west-1"}, attrs),
}

deny(attrs) := result if {
	result := inspector2_scanning_enabled.deny with input as {"resource": baseline(attrs)}
}

state(ec2, ecr, lambda) := {
	"accountId": "111122223333", "state": {"status": "ENABLED"},
	"resourceState": {"ec2": {"status": ec2}, "ecr": {"status": ecr}, "lambda": {"status": lambda}, "lambdaCode": {"status": "DISABLED"}},
}

test_all_enabled_passes if {
	count(deny({"InspectorStatus": state("ENABLED", "ENABLED", "ENABLED")})) == 0
}

test_ecr_disabled_fails if {
	result := deny({"InspectorStatus": state("ENABLED", "DISABLED", "ENABLED")})
	count(result) == 1
	some r in result
	r.evidence["InspectorStatus.resourceState.ecr.status"] == "DISABLED"
	contains(r.msg, "ECR")
}

test_inspector_off_fails_three_times if {
	count(deny({"InspectorStatus": state("DISABLED", "DISABLED", "DISABLED")})) == 3
}

test_enabling_or_suspended_fails if {
	count(deny({"InspectorStatus": state("ENABLING", "SUSPENDED", "ENABLED")})) == 2
}

test_missing_resource_state_fails if {
	count(deny({"InspectorStatus": {"accountId": "111122223333", "state": {"status": "DISABLED"}}})) == 3
}

test_lambda_code_not_required if {
	s := state("ENABLED", "ENABLED", "ENABLED")
	count(deny({"InspectorStatus": s})) == 0
}

test_unknown_not_judged if {
	count(deny({})) == 0
	count(deny({"InspectorStatus": null})) == 0
}
