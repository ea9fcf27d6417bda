# METADATA
# scope: package
# title: API Gateway HTTP and WebSocket API stages have access logging enabled
# description: Every Stages entry (GetStages) must have AccessLogSettings.DestinationArn non-empty.
# custom:
#   id: apigatewayv2_api_stage_access_logging
#   severity: medium
#   resource_types:
#   - aws.apigatewayv2.api
#   risk: Without access logs there is no record of who called the API, with which identity and result, so abuse
#     and attacks cannot be investigated.
#   remediation:
#     text: Configure access logging on the stage to a CloudWatch Logs group.
#     cli: aws apigatewayv2 update-stage --api-id <api> --stage-name '$default' --access-log-settings
#       DestinationArn=<log-group-arn>,Format='$context.requestId $context.status'
#     terraform: |
#       resource "aws_apigatewayv2_stage" "default" {
#         access_log_settings {
#           destination_arn = aws_cloudwatch_log_group.api.arn
#           format          = "$context.requestId $context.status"
#         }
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html
#   categories:
#   - logging
package vigil.aws.apigatewayv2.apigatewayv2_api_stage_access_logging

import data.vigil.lib.aws.util

deny contains result if {
	some stage in util.array_or_empty(input.resource.attributes.Stages)
	not util.non_empty(util.get(util.get(stage, "AccessLogSettings", {}), "DestinationArn", ""))
	result := {
		"msg": sprintf("API Gateway API %s stage %s has no access logging", [input.resource.name, stage.StageName]),
		"evidence": {"StageName": stage.StageName, "AccessLogSettings": object.get(stage, "AccessLogSettings", null)},
	}
}
