package vigil.aws.apigatewayv2.apigatewayv2_api_routes_authorized_test

import data.vigil.aws.apigatewayv2.apigatewayv2_api_routes_authorized

api(protocol, routes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "apigatewayv2",
	"type": "aws.apigatewayv2.api", "id": "h1", "uid": "arn:aws:apigateway:us-east-1::/apis/h1",
	"name": "events", "tags": {}, "attributes": {"ApiId": "h1", "Name": "events", "ProtocolType": protocol, "Routes": routes},
}

findings(protocol, routes) := result if {
	result := apigatewayv2_api_routes_authorized.deny with input as {"resource": api(protocol, routes)}
}

route(key, auth) := {"RouteId": key, "RouteKey": key, "AuthorizationType": auth}

test_authorized_routes_pass if {
	count(findings("HTTP", [route("GET /items", "JWT"), route("POST /items", "AWS_IAM"), route("$default", "CUSTOM")])) == 0
}

test_open_route_fails if {
	result := findings("HTTP", [route("GET /items", "NONE"), route("POST /items", "AWS_IAM")])
	count(result) == 1
	some r in result
	r.evidence.RouteKey == "GET /items"
}

test_missing_type_fails if {
	count(findings("HTTP", [{"RouteId": "r", "RouteKey": "GET /x"}])) == 1
}

test_cors_preflight_passes if {
	count(findings("HTTP", [route("OPTIONS /items", "NONE")])) == 0
}

test_websocket_not_judged if {
	count(findings("WEBSOCKET", [route("sendmessage", "NONE")])) == 0
}
