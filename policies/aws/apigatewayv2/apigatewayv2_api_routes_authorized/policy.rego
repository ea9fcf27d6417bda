# METADATA
# scope: package
# title: API Gateway HTTP API routes require authorization
# description: For ProtocolType HTTP, no Routes entry (GetRoutes) other than an OPTIONS route (CORS preflight,
#   which must stay open) may have AuthorizationType NONE or none at all. WebSocket APIs are not judged.
# custom:
#   id: apigatewayv2_api_routes_authorized
#   severity: medium
#   resource_types:
#   - aws.apigatewayv2.api
#   risk: A route without an authorizer can be invoked by anyone on the internet, exposing its integration (a
#     Lambda function or backend) to unauthenticated calls.
#   remediation:
#     text: Attach a JWT, Lambda or IAM authorizer to the route (or document and waive a route that must be public).
#     cli: aws apigatewayv2 update-route --api-id <api> --route-id <route> --authorization-type JWT --authorizer-id <authorizer>
#     terraform: |
#       resource "aws_apigatewayv2_route" "items" {
#         authorization_type = "JWT"
#         authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html
#   categories:
#   - identity
#   - public-exposure
package vigil.aws.apigatewayv2.apigatewayv2_api_routes_authorized

import data.vigil.lib.aws.util

deny contains result if {
	input.resource.attributes.ProtocolType == "HTTP"
	some route in util.array_or_empty(input.resource.attributes.Routes)
	not startswith(route.RouteKey, "OPTIONS ")
	object.get(route, "AuthorizationType", "NONE") == "NONE"
	result := {
		"msg": sprintf("API Gateway HTTP API %s route %s requires no authorization", [input.resource.name, route.RouteKey]),
		"evidence": {"RouteKey": route.RouteKey, "AuthorizationType": object.get(route, "AuthorizationType", null)},
	}
}
