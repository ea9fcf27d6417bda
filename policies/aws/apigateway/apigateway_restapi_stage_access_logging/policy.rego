# METADATA
# scope: package
# title: API Gateway REST API stages have access logging enabled
# description: Every Stages entry (GetStages) must have accessLogSettings.destinationArn non-empty.
# custom:
#   id: apigateway_restapi_stage_access_logging
#   severity: medium
#   resource_types:
#   - aws.apigateway.rest_api
#   risk: Without access logs there is no record of who called the API, with which identity and result, so abuse
#     and attacks cannot be investigated.
#   remediation:
#     text: Configure access logging on the stage to a CloudWatch Logs group or Firehose stream.
#     cli: aws apigateway update-stage --rest-api-id <api> --stage-name <stage> --patch-operations
#       op=replace,path=/accessLogSettings/destinationArn,value=<log-group-arn>
#     terraform: |
#       resource "aws_api_gateway_stage" "prod" {
#         access_log_settings {
#           destination_arn = aws_cloudwatch_log_group.api.arn
#           format          = "$context.requestId $context.identity.sourceIp $context.status"
#         }
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
#   categories:
#   - logging
package vigil.aws.apigateway.apigateway_restapi_stage_access_logging

import data.vigil.lib.aws.util

deny contains result if {
	some stage in util.array_or_empty(input.resource.attributes.Stages)
	not util.non_empty(util.get(util.get(stage, "accessLogSettings", {}), "destinationArn", ""))
	result := {
		"msg": sprintf("API Gateway REST API %s stage %s has no access logging", [input.resource.name, stage.stageName]),
		"evidence": {"stageName": stage.stageName, "accessLogSettings": object.get(stage, "accessLogSettings", null)},
	}
}
