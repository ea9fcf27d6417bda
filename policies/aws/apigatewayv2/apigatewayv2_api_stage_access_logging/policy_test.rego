package vigil.aws.apigatewayv2.apigatewayv2_api_stage_access_logging_test

import data.vigil.aws.apigatewayv2.apigatewayv2_api_stage_access_logging

api(stages) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "apigatewayv2",
	"type": "aws.apigatewayv2.api", "id": "h1", "uid": "arn:aws:apigateway:us-east-1::/apis/h1",
	"name": "events", "tags": {}, "attributes": {"ApiId": "h1", "Name": "events", "ProtocolType": "HTTP", "Stages": stages},
}

findings(stages) := result if {
	result := apigatewayv2_api_stage_access_logging.deny with input as {"resource": api(stages)}
}

logged := {"StageName": "$default", "AccessLogSettings": {"DestinationArn": "arn:aws:logs:us-east-1:111122223333:log-group:/apigw/events", "Format": "$context.requestId"}}

test_logged_stage_passes if {
	count(findings([logged])) == 0
}

test_unlogged_stage_fails if {
	result := findings([logged, {"StageName": "dev"}])
	count(result) == 1
	some r in result
	r.evidence.StageName == "dev"
}

test_empty_destination_fails if {
	count(findings([{"StageName": "$default", "AccessLogSettings": {"DestinationArn": ""}}])) == 1
}

test_no_stages_pass if {
	count(findings([])) == 0
}
