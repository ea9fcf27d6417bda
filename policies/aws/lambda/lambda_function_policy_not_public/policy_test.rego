package vigil.aws.lambda.lambda_function_policy_not_public_test

import data.vigil.aws.lambda.lambda_function_policy_not_public

function(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "lambda",
	"type": "aws.lambda.function", "id": "fn", "uid": "arn:aws:lambda:us-east-1:111122223333:function:fn",
	"name": "fn", "tags": {},
	"attributes": object.union({"FunctionName": "fn", "Runtime": "python3.12"}, attributes),
}

deny(attributes) := result if {
	result := lambda_function_policy_not_public.deny with input as {"resource": function(attributes)}
}

policy(statement) := {"Version": "2012-10-17", "Statement": [statement]}

invoke(principal) := {"Sid": "s", "Effect": "Allow", "Principal": principal, "Action": "lambda:InvokeFunction"}

test_service_principal_passes if {
	count(deny({"Policy": policy(object.union(invoke({"Service": "s3.amazonaws.com"}),
		{"Condition": {"StringEquals": {"AWS:SourceAccount": "111122223333"}}}))})) == 0
}

test_no_policy_passes if {
	count(deny({"Policy": null})) == 0
}

test_star_principal_fails if {
	result := deny({"Policy": policy(invoke("*"))})
	count(result) == 1
	some r in result
	r.evidence.attribute == "Policy.Statement[0]"
}

test_aws_star_principal_fails if {
	count(deny({"Policy": policy(invoke({"AWS": ["111122223333", "*"]}))})) == 1
}

test_org_condition_passes if {
	count(deny({"Policy": policy(object.union(invoke("*"),
		{"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}}))})) == 0
}

test_source_arn_any_case_passes if {
	count(deny({"Policy": policy(object.union(invoke("*"),
		{"Condition": {"ArnLike": {"AWS:SourceArn": "arn:aws:execute-api:us-east-1:111122223333:api/*"}}}))})) == 0
}

test_negated_condition_fails if {
	count(deny({"Policy": policy(object.union(invoke("*"),
		{"Condition": {"StringNotEquals": {"aws:SourceAccount": "444455556666"}}}))})) == 1
}

test_unrelated_condition_fails if {
	count(deny({"Policy": policy(object.union(invoke("*"),
		{"Condition": {"StringEquals": {"lambda:FunctionUrlAuthType": "NONE"}}}))})) == 1
}

test_deny_statement_passes if {
	count(deny({"Policy": policy(object.union(invoke("*"), {"Effect": "Deny"}))})) == 0
}
