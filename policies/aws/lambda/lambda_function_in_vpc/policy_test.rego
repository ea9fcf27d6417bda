package vigil.aws.lambda.lambda_function_in_vpc_test

import data.vigil.aws.lambda.lambda_function_in_vpc

deny(attributes) := result if {
	result := lambda_function_in_vpc.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "lambda",
		"type": "aws.lambda.function", "id": "fn", "uid": "arn:aws:lambda:us-east-1:111122223333:function:fn",
		"name": "fn", "tags": {}, "attributes": object.union({"FunctionName": "fn"}, attributes),
	}}
}

test_vpc_function_passes if {
	count(deny({"VpcConfig": {"SubnetIds": ["subnet-1"], "SecurityGroupIds": ["sg-1"], "VpcId": "vpc-1"}})) == 0
}

test_empty_vpc_config_fails if {
	count(deny({"VpcConfig": {"SubnetIds": [], "SecurityGroupIds": [], "VpcId": ""}})) == 1
}

test_absent_or_null_vpc_config_fails if {
	count(deny({})) == 1
	count(deny({"VpcConfig": null})) == 1
}
