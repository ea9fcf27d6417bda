# METADATA
# scope: package
# title: Lambda functions run in a VPC
# description: FAIL when VpcConfig is absent or null or its SubnetIds list is missing or empty.
# custom:
#   id: lambda_function_in_vpc
#   severity: low
#   resource_types:
#   - aws.lambda.function
#   risk: A function outside a VPC reaches the internet and AWS APIs directly; security groups, network ACLs,
#     VPC endpoints' policies and flow logs cannot restrict or record its traffic.
#   remediation:
#     text: Attach the function to private subnets of a VPC with security groups; give it VPC endpoints or a NAT
#       gateway for what it must reach.
#     cli: aws lambda update-function-configuration --function-name <function> --vpc-config
#       SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>
#     terraform: |
#       resource "aws_lambda_function" "fn" {
#         vpc_config {
#           subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
#           security_group_ids = [aws_security_group.fn.id]
#         }
#       }
#     url: https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html
#   categories:
#   - network
#   - compute
package vigil.aws.lambda.lambda_function_in_vpc

import data.vigil.lib.aws.util

deny contains result if {
	vpc := object.get(input.resource.attributes, "VpcConfig", null)
	count(util.array_or_empty(util.get(vpc, "SubnetIds", []))) == 0
	result := {
		"msg": sprintf("Lambda function %s is not attached to a VPC", [input.resource.id]),
		"evidence": {"VpcConfig": vpc},
	}
}
