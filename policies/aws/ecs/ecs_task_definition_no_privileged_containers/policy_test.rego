package vigil.aws.ecs.ecs_task_definition_no_privileged_containers_test

import data.vigil.aws.ecs.ecs_task_definition_no_privileged_containers

deny(attributes) := result if {
	result := ecs_task_definition_no_privileged_containers.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecs",
		"type": "aws.ecs.task_definition", "id": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2",
		"uid": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2", "name": "web", "tags": {},
		"attributes": object.union({"family": "web", "revision": 2, "networkMode": "awsvpc"}, attributes),
	}}
}

clean := {"name": "app", "image": "app:2", "privileged": false, "readonlyRootFilesystem": true, "user": "1000:1000",
	"logConfiguration": {"logDriver": "awslogs", "options": {}},
	"environment": [{"name": "LOG_LEVEL", "present": true, "sha256": "ab"}]}

test_unprivileged_passes if {
	count(deny({"containerDefinitions": [clean, object.union(clean, {"name": "sidecar"})]})) == 0
}

test_privileged_container_fails if {
	result := deny({"containerDefinitions": [clean, object.union(clean, {"name": "agent", "privileged": true})]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "containerDefinitions[1].privileged"
}

test_absent_flag_passes if {
	count(deny({"containerDefinitions": [object.remove(clean, ["privileged"])]})) == 0
}
