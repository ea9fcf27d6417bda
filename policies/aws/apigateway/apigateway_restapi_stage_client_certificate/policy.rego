# METADATA
# scope: package
# title: API Gateway REST API stages present a client certificate to their backends
# description: Every Stages entry must have a non-empty clientCertificateId.
# custom:
#   id: apigateway_restapi_stage_client_certificate
#   severity: low
#   resource_types:
#   - aws.apigateway.rest_api
#   risk: Without a client certificate the HTTP backend cannot tell requests relayed by API Gateway from direct calls
#     that bypass the API's authorization, throttling and WAF.
#   remediation:
#     text: Generate a client certificate, set it on the stage, and have the backend verify it.
#     cli: aws apigateway generate-client-certificate; aws apigateway update-stage --rest-api-id <api> --stage-name <stage>
#       --patch-operations op=replace,path=/clientCertificateId,value=<cert-id>
#     terraform: |
#       resource "aws_api_gateway_stage" "prod" {
#         client_certificate_id = aws_api_gateway_client_certificate.backend.id
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html
#   categories:
#   - network
#   - encryption
package vigil.aws.apigateway.apigateway_restapi_stage_client_certificate

import data.vigil.lib.aws.util

deny contains result if {
	some stage in util.array_or_empty(input.resource.attributes.Stages)
	not util.non_empty(object.get(stage, "clientCertificateId", ""))
	result := {
		"msg": sprintf("API Gateway REST API %s stage %s presents no client certificate to its backends", [input.resource.name, stage.stageName]),
		"evidence": {"stageName": stage.stageName},
	}
}
