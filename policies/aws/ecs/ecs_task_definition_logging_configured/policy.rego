# METADATA
# scope: package
# title: ECS containers send their logs somewhere
# description: FAIL for each entry of containerDefinitions without a non-empty logConfiguration.logDriver.
# custom:
#   id: ecs_task_definition_logging_configured
#   severity: medium
#   resource_types:
#   - aws.ecs.task_definition
#   risk: Without a log driver the container's output is lost when the task stops, and neither incidents nor intrusions can be investigated.
#   remediation:
#     text: Add a logConfiguration (awslogs, awsfirelens or splunk) to every container definition.
#     cli: aws ecs register-task-definition --cli-input-json file://task-definition.json
#     terraform: |
#       resource "aws_ecs_task_definition" "app" {
#         container_definitions = jsonencode([{ name = "app", logConfiguration = { logDriver = "awslogs" } }])
#       }
#     url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
#   categories:
#   - logging
#   - compute
package vigil.aws.ecs.ecs_task_definition_logging_configured

import data.vigil.lib.aws.util

deny contains result if {
	some i, container in util.array_or_empty(input.resource.attributes.containerDefinitions)
	not util.non_empty(util.get(util.get(container, "logConfiguration", {}), "logDriver", ""))
	result := {
		"msg": sprintf("ECS task definition %s container %s has no log configuration", [input.resource.name, container.name]),
		"evidence": {"attribute": sprintf("containerDefinitions[%d].logConfiguration", [i]), "value": object.get(container, "logConfiguration", null)},
	}
}
