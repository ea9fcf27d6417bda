package vigil.aws.ecs.ecs_task_definition_no_host_network_test

import data.vigil.aws.ecs.ecs_task_definition_no_host_network

deny(attributes) := result if {
	result := ecs_task_definition_no_host_network.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecs",
		"type": "aws.ecs.task_definition", "id": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2",
		"uid": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2", "name": "web", "tags": {},
		"attributes": object.union({"family": "web", "revision": 2, "networkMode": "awsvpc"}, attributes),
	}}
}

clean := {"name": "app", "image": "app:2", "privileged": false, "readonlyRootFilesystem": true, "user": "1000:1000",
	"logConfiguration": {"logDriver": "awslogs", "options": {}},
	"environment": [{"name": "LOG_LEVEL", "present": true, "sha256": "ab"}]}

test_awsvpc_and_bridge_pass if {
	count(deny({"containerDefinitions": [clean]})) == 0
	count(deny({"networkMode": "bridge"})) == 0
}

test_host_fails if {
	count(deny({"networkMode": "host"})) == 1
}
