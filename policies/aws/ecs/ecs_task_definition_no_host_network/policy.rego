# METADATA
# scope: package
# title: ECS task definitions do not use the host network mode
# description: FAIL when networkMode is host.
# custom:
#   id: ecs_task_definition_no_host_network
#   severity: medium
#   resource_types:
#   - aws.ecs.task_definition
#   risk: Containers share the instance's network stack; they bind its ports, see its traffic and reach the instance metadata service and every local service as the host would; security groups per task do not apply.
#   remediation:
#     text: Use the awsvpc network mode (one elastic network interface and security group per task).
#     cli: aws ecs register-task-definition --cli-input-json file://task-definition.json
#     terraform: |
#       resource "aws_ecs_task_definition" "app" {
#         network_mode = "awsvpc"
#       }
#     url: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
#   categories:
#   - network
#   - compute
package vigil.aws.ecs.ecs_task_definition_no_host_network

deny contains result if {
	input.resource.attributes.networkMode == "host"
	result := {
		"msg": sprintf("ECS task definition %s uses the host network mode", [input.resource.name]),
		"evidence": {"networkMode": "host"},
	}
}
