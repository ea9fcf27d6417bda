# METADATA
# scope: package
# title: ECS task definitions run no privileged containers
# description: FAIL for each entry of containerDefinitions with privileged == true (the latest ACTIVE revision of the family is judged).
# custom:
#   id: ecs_task_definition_no_privileged_containers
#   severity: high
#   resource_types:
#   - aws.ecs.task_definition
#   risk: A privileged container has root on the host; it can read every other task's memory, credentials and files and take over the container instance.
#   remediation:
#     text: Remove privileged from the container definition and grant only the Linux capabilities it needs, then register a new revision.
#     cli: aws ecs register-task-definition --cli-input-json file://task-definition.json
#     terraform: |
#       resource "aws_ecs_task_definition" "app" {
#         container_definitions = jsonencode([{ name = "app", privileged = false }])
#       }
#     url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
#   categories:
#   - compute
package vigil.aws.ecs.ecs_task_definition_no_privileged_containers

import data.vigil.lib.aws.util

deny contains result if {
	some i, container in util.array_or_empty(input.resource.attributes.containerDefinitions)
	container.privileged == true
	result := {
		"msg": sprintf("ECS task definition %s runs container %s privileged", [input.resource.name, container.name]),
		"evidence": {"attribute": sprintf("containerDefinitions[%d].privileged", [i]), "value": true},
	}
}
