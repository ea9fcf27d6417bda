# METADATA
# scope: package
# title: Lambda function policies do not allow any principal
# description: The resource-based policy (GetPolicy) must not have an Allow statement for Principal "*" (or AWS
#   "*") unless its Condition limits the caller by aws:SourceAccount, aws:SourceArn, aws:SourceOwner,
#   aws:SourceOrgID, aws:SourceOrgPaths, aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount or
#   aws:PrincipalArn (key names case-insensitive) under an operator that is not a negation (no "Not" in its name).
# custom:
#   id: lambda_function_policy_not_public
#   severity: critical
#   resource_types:
#   - aws.lambda.function
#   risk: Anyone with an AWS account can invoke (or, with wider actions, read or change) the function, run its
#     code with its execution role's permissions and run up its cost.
#   remediation:
#     text: Remove the statement, or name the invoking account, service or organization and add a source or
#       organization condition.
#     cli: aws lambda remove-permission --function-name <function> --statement-id <sid>
#     terraform: |
#       resource "aws_lambda_permission" "s3" {
#         function_name  = aws_lambda_function.fn.function_name
#         action         = "lambda:InvokeFunction"
#         principal      = "s3.amazonaws.com"
#         source_arn     = aws_s3_bucket.uploads.arn
#         source_account = data.aws_caller_identity.current.account_id
#       }
#     url: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
#   categories:
#   - public-exposure
#   - compute
package vigil.aws.lambda.lambda_function_policy_not_public

import data.vigil.lib.aws.iam

# Condition keys that tie a "*" principal to named accounts, sources or an organization (lower case).
restricting_keys := {
	"aws:sourceaccount", "aws:sourcearn", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
}

restricted(statement) if {
	some operator, block in statement.Condition
	not contains(operator, "Not")
	is_object(block)
	some key, _ in block
	lower(key) in restricting_keys
}

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Policy)
	statement.Effect == "Allow"
	iam.public_principal(statement.Principal)
	not restricted(statement)
	result := {
		"msg": sprintf("Lambda function %s policy allows any principal (statement %d, no source or organization condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Policy.Statement[%d]", [i]), "value": statement},
	}
}
