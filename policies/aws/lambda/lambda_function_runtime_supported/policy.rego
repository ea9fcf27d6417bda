# METADATA
# scope: package
# title: Lambda functions use a runtime that has not reached deprecation
# description: FAIL when Runtime is in the table of AWS-documented Lambda runtime deprecation dates below (the
#   Lambda Developer Guide, "Lambda runtimes" and "Deprecated runtimes", as of December 2026) and now
#   (data.vigil.now_ns, the snapshot's clock) is on or after that date (00:00 UTC). Runtimes not in the table and
#   container-image functions (no Runtime) pass.
# custom:
#   id: lambda_function_runtime_supported
#   severity: medium
#   resource_types:
#   - aws.lambda.function
#   risk: A deprecated runtime gets no security patches from AWS any more; its language version is usually out
#     of upstream support too, and Lambda later blocks updates of functions that use it.
#   remediation:
#     text: Move the function to a supported runtime of the same language, test it and deploy.
#     cli: aws lambda update-function-configuration --function-name <function> --runtime python3.13
#     terraform: |
#       resource "aws_lambda_function" "fn" {
#         runtime = "python3.13"
#       }
#     url: https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
#   categories:
#   - compute
package vigil.aws.lambda.lambda_function_runtime_supported

# Runtime identifier -> deprecation date published by AWS.
deprecation := {
	"nodejs": "2016-10-31",
	"nodejs4.3-edge": "2019-04-30",
	"dotnetcore2.0": "2019-05-30",
	"dotnetcore1.0": "2019-07-30",
	"nodejs6.10": "2019-08-12",
	"nodejs4.3": "2020-03-05",
	"nodejs8.10": "2020-03-06",
	"python2.7": "2021-07-15",
	"ruby2.5": "2021-07-30",
	"nodejs10.x": "2021-07-30",
	"dotnetcore2.1": "2022-01-05",
	"dotnet5.0": "2022-05-10",
	"python3.6": "2022-07-18",
	"nodejs12.x": "2023-03-31",
	"dotnetcore3.1": "2023-04-03",
	"python3.7": "2023-12-04",
	"nodejs14.x": "2023-12-04",
	"ruby2.7": "2023-12-07",
	"go1.x": "2024-01-08",
	"java8": "2024-01-08",
	"provided": "2024-01-08",
	"dotnet7": "2024-05-14",
	"nodejs16.x": "2024-06-12",
	"python3.8": "2024-10-14",
	"dotnet6": "2024-12-20",
	"nodejs18.x": "2025-09-01",
	"python3.9": "2025-12-15",
	"ruby3.2": "2026-03-31",
	"nodejs20.x": "2026-04-30",
	"dotnet8": "2026-11-10",
}

deny contains result if {
	runtime := input.resource.attributes.Runtime
	date := deprecation[runtime]
	data.vigil.now_ns >= time.parse_rfc3339_ns(sprintf("%sT00:00:00Z", [date]))
	result := {
		"msg": sprintf("Lambda function %s uses runtime %s, deprecated since %s", [input.resource.id, runtime, date]),
		"evidence": {"Runtime": runtime, "deprecated_since": date},
	}
}
