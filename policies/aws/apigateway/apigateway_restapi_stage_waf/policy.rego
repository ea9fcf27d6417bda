# METADATA
# scope: package
# title: API Gateway REST API stages are protected by a WAF web ACL
# description: For an API whose endpointConfiguration.types does not include PRIVATE, every Stages entry must have a
#   non-empty webAclArn. Private APIs are not judged.
# custom:
#   id: apigateway_restapi_stage_waf
#   severity: medium
#   resource_types:
#   - aws.apigateway.rest_api
#   risk: Without a web ACL, injection attempts, bots and layer-7 floods reach the backend integrations unfiltered.
#   remediation:
#     text: Associate an AWS WAF (v2, REGIONAL scope) web ACL with the stage.
#     cli: aws wafv2 associate-web-acl --web-acl-arn <acl-arn> --resource-arn
#       arn:aws:apigateway:<region>::/restapis/<api>/stages/<stage>
#     terraform: |
#       resource "aws_wafv2_web_acl_association" "prod" {
#         resource_arn = aws_api_gateway_stage.prod.arn
#         web_acl_arn  = aws_wafv2_web_acl.api.arn
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.apigateway.apigateway_restapi_stage_waf

import data.vigil.lib.aws.util

private if "PRIVATE" in util.array_or_empty(util.get(util.get(input.resource.attributes, "endpointConfiguration", {}), "types", []))

deny contains result if {
	not private
	some stage in util.array_or_empty(input.resource.attributes.Stages)
	not util.non_empty(object.get(stage, "webAclArn", ""))
	result := {
		"msg": sprintf("API Gateway REST API %s stage %s has no WAF web ACL", [input.resource.name, stage.stageName]),
		"evidence": {"stageName": stage.stageName, "webAclArn": object.get(stage, "webAclArn", null)},
	}
}
