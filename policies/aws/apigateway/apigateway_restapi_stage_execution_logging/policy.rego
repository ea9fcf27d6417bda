# METADATA
# scope: package
# title: API Gateway REST API stages have execution logging enabled
# description: For every Stages entry, methodSettings["*/*"].loggingLevel must be ERROR or INFO (missing or OFF fails), and
#   no methodSettings entry may set loggingLevel OFF.
# custom:
#   id: apigateway_restapi_stage_execution_logging
#   severity: medium
#   resource_types:
#   - aws.apigateway.rest_api
#   risk: Without execution logs, authorizer failures, integration errors and throttling cannot be traced, which
#     hides both attacks and outages.
#   remediation:
#     text: Set the stage's logging level to ERROR (or INFO) for all methods (an account-level CloudWatch role is needed).
#     cli: aws apigateway update-stage --rest-api-id <api> --stage-name <stage> --patch-operations
#       'op=replace,path=/*/*/logging/loglevel,value=ERROR'
#     terraform: |
#       resource "aws_api_gateway_method_settings" "all" {
#         rest_api_id = aws_api_gateway_rest_api.orders.id
#         stage_name  = aws_api_gateway_stage.prod.stage_name
#         method_path = "*/*"
#         settings {
#           logging_level = "ERROR"
#         }
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
#   categories:
#   - logging
package vigil.aws.apigateway.apigateway_restapi_stage_execution_logging

import data.vigil.lib.aws.util

default_level(stage) := util.get(util.get(util.get(stage, "methodSettings", {}), "*/*", {}), "loggingLevel", "OFF")

off_methods(stage) := sort([path |
	some path, setting in util.get(stage, "methodSettings", {})
	util.get(setting, "loggingLevel", "") == "OFF"
])

problem(stage) := sprintf("logs nothing by default (loggingLevel %s)", [default_level(stage)]) if not default_level(stage) in {"ERROR", "INFO"}

problem(stage) := sprintf("turns execution logging off for %s", [concat(", ", off_methods(stage))]) if {
	default_level(stage) in {"ERROR", "INFO"}
	count(off_methods(stage)) > 0
}

deny contains result if {
	some stage in util.array_or_empty(input.resource.attributes.Stages)
	why := problem(stage)
	result := {
		"msg": sprintf("API Gateway REST API %s stage %s %s", [input.resource.name, stage.stageName, why]),
		"evidence": {"stageName": stage.stageName, "methodSettings": object.get(stage, "methodSettings", null)},
	}
}
