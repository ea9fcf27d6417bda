package vigil.aws.lambda.lambda_function_url_auth_required_test

import data.vigil.aws.lambda.lambda_function_url_auth_required

deny(attributes) := result if {
	result := lambda_function_url_auth_required.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "lambda",
		"type": "aws.lambda.function", "id": "fn", "uid": "arn:aws:lambda:us-east-1:111122223333:function:fn",
		"name": "fn", "tags": {}, "attributes": attributes,
	}}
}

test_iam_url_passes if {
	count(deny({"FunctionUrlConfigs": [{"FunctionUrl": "https://x.lambda-url.us-east-1.on.aws/", "AuthType": "AWS_IAM"}]})) == 0
}

test_no_url_passes if {
	count(deny({"FunctionUrlConfigs": []})) == 0
	count(deny({"FunctionUrlConfigs": null})) == 0
}

test_open_url_fails if {
	result := deny({"FunctionUrlConfigs": [
		{"FunctionUrl": "https://a.lambda-url.us-east-1.on.aws/", "AuthType": "AWS_IAM"},
		{"FunctionUrl": "https://b.lambda-url.us-east-1.on.aws/", "AuthType": "NONE"},
	]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "FunctionUrlConfigs[1]"
}
