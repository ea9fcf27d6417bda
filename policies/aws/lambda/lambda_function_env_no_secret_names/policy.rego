# METADATA
# scope: package
# title: Lambda environment variables are not named like secrets
# description: FAIL for each key of Environment.Variables whose upper-cased name contains SECRET, PASSWORD,
#   PASSWD, API_KEY, APIKEY, TOKEN, PRIVATE_KEY, ACCESS_KEY or CREDENTIAL and does not end in _ARN, _NAME, _PATH,
#   _PARAM or _PARAMETER (those name a Secrets Manager secret or SSM parameter rather than hold one). Only key names
#   are judged; the snapshot never holds the values.
# custom:
#   id: lambda_function_env_no_secret_names
#   severity: high
#   resource_types:
#   - aws.lambda.function
#   risk: Environment values are readable by anyone with lambda:GetFunctionConfiguration, appear in deployment
#     templates and state files, and are encrypted with the AWS-managed key by default; a secret stored there
#     leaks far more easily than one fetched from Secrets Manager at run time.
#   remediation:
#     text: Store the secret in AWS Secrets Manager or SSM Parameter Store (SecureString), pass its ARN or name
#       in the variable, and read it at run time (the Parameters and Secrets Lambda extension caches it).
#     cli: aws secretsmanager create-secret --name <name> --secret-string file://secret.txt
#     terraform: |
#       resource "aws_lambda_function" "fn" {
#         environment {
#           variables = { DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn }
#         }
#       }
#     url: https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
#   categories:
#   - data-protection
#   - compute
package vigil.aws.lambda.lambda_function_env_no_secret_names

secret_words := ["SECRET", "PASSWORD", "PASSWD", "API_KEY", "APIKEY", "TOKEN", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL"]

reference_suffixes := ["_ARN", "_NAME", "_PATH", "_PARAM", "_PARAMETER"]

reference(name) if {
	some suffix in reference_suffixes
	endswith(name, suffix)
}

secret_name(key) if {
	name := upper(key)
	some word in secret_words
	contains(name, word)
	not reference(name)
}

deny contains result if {
	variables := input.resource.attributes.Environment.Variables
	is_object(variables)
	some key, _ in variables
	secret_name(key)
	result := {
		"msg": sprintf("Lambda function %s has an environment variable named like a secret: %s", [input.resource.id, key]),
		"evidence": {"attribute": "Environment.Variables", "key": key},
	}
}
