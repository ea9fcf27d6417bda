# METADATA
# scope: package
# title: ECS containers have a read-only root filesystem
# description: FAIL for each entry of containerDefinitions whose readonlyRootFilesystem is not true (false or absent).
# custom:
#   id: ecs_task_definition_readonly_root_filesystem
#   severity: medium
#   resource_types:
#   - aws.ecs.task_definition
#   risk: A writable root filesystem lets an intruder drop tools, change binaries and persist inside the container.
#   remediation:
#     text: Set readonlyRootFilesystem to true and mount volumes for the paths the application writes.
#     cli: aws ecs register-task-definition --cli-input-json file://task-definition.json
#     terraform: |
#       resource "aws_ecs_task_definition" "app" {
#         container_definitions = jsonencode([{ name = "app", readonlyRootFilesystem = true }])
#       }
#     url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
#   categories:
#   - compute
package vigil.aws.ecs.ecs_task_definition_readonly_root_filesystem

import data.vigil.lib.aws.util

deny contains result if {
	some i, container in util.array_or_empty(input.resource.attributes.containerDefinitions)
	not container.readonlyRootFilesystem == true
	result := {
		"msg": sprintf("ECS task definition %s container %s has a writable root filesystem", [input.resource.name, container.name]),
		"evidence": {"attribute": sprintf("containerDefinitions[%d].readonlyRootFilesystem", [i]), "value": object.get(container, "readonlyRootFilesystem", null)},
	}
}
