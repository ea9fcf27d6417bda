# METADATA
# scope: package
# title: ECS container environment variables are not named like secrets
# description: FAIL for each name in containerDefinitions[].environment whose upper-cased name contains SECRET, PASSWORD, PASSWD, API_KEY, APIKEY, TOKEN, PRIVATE_KEY, ACCESS_KEY or CREDENTIAL and does not end in _ARN, _NAME, _PATH, _PARAM or _PARAMETER. Only names are judged; the snapshot never holds the values (the secrets parameter, which references Secrets Manager or SSM, is not judged).
# custom:
#   id: ecs_task_definition_env_no_secret_names
#   severity: high
#   resource_types:
#   - aws.ecs.task_definition
#   risk: Plain environment values are stored in the task definition; anyone with ecs:DescribeTaskDefinition reads them, and every revision keeps them for good.
#   remediation:
#     text: Move the value to Secrets Manager or SSM Parameter Store and reference it in the container's secrets parameter.
#     cli: aws ecs register-task-definition --cli-input-json file://task-definition.json
#     terraform: |
#       resource "aws_ecs_task_definition" "app" {
#         container_definitions = jsonencode([{ name = "app", secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }] }])
#       }
#     url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
#   categories:
#   - data-protection
#   - compute
package vigil.aws.ecs.ecs_task_definition_env_no_secret_names

import data.vigil.lib.aws.util

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
	some i, container in util.array_or_empty(input.resource.attributes.containerDefinitions)
	some variable in util.array_or_empty(container.environment)
	is_string(variable.name)
	secret_name(variable.name)
	result := {
		"msg": sprintf("ECS task definition %s container %s has an environment variable named like a secret: %s", [input.resource.name, container.name, variable.name]),
		"evidence": {"attribute": sprintf("containerDefinitions[%d].environment", [i]), "name": variable.name},
	}
}
