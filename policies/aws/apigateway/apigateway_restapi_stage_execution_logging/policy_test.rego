package vigil.aws.apigateway.apigateway_restapi_stage_execution_logging_test

import data.vigil.aws.apigateway.apigateway_restapi_stage_execution_logging

api(stages, types) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "apigateway",
	"type": "aws.apigateway.rest_api", "id": "a1b2c3", "uid": "arn:aws:apigateway:us-east-1::/restapis/a1b2c3",
	"name": "orders", "tags": {}, "attributes": {"id": "a1b2c3", "name": "orders", "endpointConfiguration": {"types": types}, "Stages": stages},
}

findings(stages, types) := result if {
	result := apigateway_restapi_stage_execution_logging.deny with input as {"resource": api(stages, types)}
}

stage(changes) := object.union({
	"stageName": "prod", "clientCertificateId": "abc123", "webAclArn": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1",
	"methodSettings": {"*/*": {"loggingLevel": "INFO", "metricsEnabled": true}},
	"accessLogSettings": {"format": "$context.requestId", "destinationArn": "arn:aws:logs:us-east-1:111122223333:log-group:/apigw/orders"},
}, changes)

test_clean_stage_passes if {
	count(findings([stage({})], ["REGIONAL"])) == 0
}

test_no_stages_pass if {
	count(findings([], ["REGIONAL"])) == 0
}

test_error_level_passes if {
	count(findings([stage({"methodSettings": {"*/*": {"loggingLevel": "ERROR"}}})], ["REGIONAL"])) == 0
}

test_off_fails if {
	count(findings([stage({"methodSettings": {"*/*": {"loggingLevel": "OFF"}}})], ["REGIONAL"])) == 1
}

test_no_method_settings_fail if {
	count(findings([json.remove(stage({}), ["methodSettings"])], ["REGIONAL"])) == 1
}

test_method_override_off_fails if {
	result := findings([stage({"methodSettings": {"*/*": {"loggingLevel": "INFO"}, "items/GET": {"loggingLevel": "OFF"}}})], ["REGIONAL"])
	count(result) == 1
	some r in result
	contains(r.msg, "items/GET")
}
