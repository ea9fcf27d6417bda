# METADATA
# scope: package
# title: ECS containers run as a non-root user
# description: FAIL for each entry of containerDefinitions whose user is absent, empty, root or 0, or starts with "root:" or "0:" (absent means the image's user, root for most images).
# custom:
#   id: ecs_task_definition_non_root_user
#   severity: medium
#   resource_types:
#   - aws.ecs.task_definition
#   risk: A process running as root inside the container turns any container escape or writable host mount into root on the host.
#   remediation:
#     text: Set user to a non-root UID (and GID), and build images that run as that user.
#     cli: aws ecs register-task-definition --cli-input-json file://task-definition.json
#     terraform: |
#       resource "aws_ecs_task_definition" "app" {
#         container_definitions = jsonencode([{ name = "app", user = "1000:1000" }])
#       }
#     url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
#   categories:
#   - identity
#   - compute
package vigil.aws.ecs.ecs_task_definition_non_root_user

import data.vigil.lib.aws.util

root_user(container) if not util.non_empty(object.get(container, "user", ""))

root_user(container) if container.user in {"root", "0"}

root_user(container) if startswith(container.user, "root:")

root_user(container) if startswith(container.user, "0:")

deny contains result if {
	some i, container in util.array_or_empty(input.resource.attributes.containerDefinitions)
	root_user(container)
	result := {
		"msg": sprintf("ECS task definition %s container %s runs as root", [input.resource.name, container.name]),
		"evidence": {"attribute": sprintf("containerDefinitions[%d].user", [i]), "value": object.get(container, "user", null)},
	}
}
