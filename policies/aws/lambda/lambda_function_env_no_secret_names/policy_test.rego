package vigil.aws.lambda.lambda_function_env_no_secret_names_test

import data.vigil.aws.lambda.lambda_function_env_no_secret_names

deny(variables) := result if {
	result := lambda_function_env_no_secret_names.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "lambda",
		"type": "aws.lambda.function", "id": "fn", "uid": "arn:aws:lambda:us-east-1:111122223333:function:fn",
		"name": "fn", "tags": {}, "attributes": {"Environment": {"Variables": variables}},
	}}
}

hashed := {"present": true, "sha256": "ab12"}

test_plain_names_pass if {
	count(deny({"LOG_LEVEL": hashed, "TABLE_NAME": hashed})) == 0
}

test_references_pass if {
	count(deny({"DB_PASSWORD_SECRET_ARN": hashed, "API_TOKEN_PARAMETER": hashed, "SECRET_NAME": hashed})) == 0
}

test_secret_names_fail_case_insensitively if {
	result := deny({"STRIPE_API_KEY": hashed, "db_password": hashed, "LOG_LEVEL": hashed})
	count(result) == 2
	{r.evidence.key | some r in result} == {"STRIPE_API_KEY", "db_password"}
}

test_evidence_holds_no_value if {
	some r in deny({"GITHUB_TOKEN": hashed})
	not r.evidence.value
}

test_no_environment_passes if {
	result := lambda_function_env_no_secret_names.deny with input as {"resource": {"id": "fn", "attributes": {}}}
	count(result) == 0
	count(deny(null)) == 0
}
