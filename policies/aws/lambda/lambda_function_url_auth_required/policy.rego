# METADATA
# scope: package
# title: Lambda function URLs require IAM authentication
# description: No entry of FunctionUrlConfigs (ListFunctionUrlConfigs) may have AuthType "NONE".
# custom:
#   id: lambda_function_url_auth_required
#   severity: high
#   resource_types:
#   - aws.lambda.function
#   risk: A function URL with AuthType NONE is a public HTTPS endpoint; anyone on the internet can invoke the
#     function, reach what its role can reach and run up its cost.
#   remediation:
#     text: Set the URL's AuthType to AWS_IAM (sign callers' requests), or put the function behind API Gateway or
#       CloudFront with authentication; delete URLs that are not needed.
#     cli: aws lambda update-function-url-config --function-name <function> --auth-type AWS_IAM
#     terraform: |
#       resource "aws_lambda_function_url" "fn" {
#         function_name      = aws_lambda_function.fn.function_name
#         authorization_type = "AWS_IAM"
#       }
#     url: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
#   categories:
#   - public-exposure
#   - compute
package vigil.aws.lambda.lambda_function_url_auth_required

import data.vigil.lib.aws.util

deny contains result if {
	some i, url in util.array_or_empty(input.resource.attributes.FunctionUrlConfigs)
	url.AuthType == "NONE"
	result := {
		"msg": sprintf("Lambda function %s has a function URL without authentication (AuthType NONE): %s", [input.resource.id, object.get(url, "FunctionUrl", "")]),
		"evidence": {"attribute": sprintf("FunctionUrlConfigs[%d]", [i]), "value": url},
	}
}
