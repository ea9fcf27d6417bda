package vigil.aws.ecs.ecs_task_definition_readonly_root_filesystem_test

import data.vigil.aws.ecs.ecs_task_definition_readonly_root_filesystem

deny(attributes) := result if {
	result := ecs_task_definition_readonly_root_filesystem.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecs",
		"type": "aws.ecs.task_definition", "id": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2",
		"uid": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2", "name": "web", "tags": {},
		"attributes": object.union({"family": "web", "revision": 2, "networkMode": "awsvpc"}, attributes),
	}}
}

clean := {"name": "app", "image": "app:2", "privileged": false, "readonlyRootFilesystem": true, "user": "1000:1000",
	"logConfiguration": {"logDriver": "awslogs", "options": {}},
	"environment": [{"name": "LOG_LEVEL", "present": true, "sha256": "ab"}]}

test_read_only_passes if {
	count(deny({"containerDefinitions": [clean]})) == 0
}

test_writable_or_unset_fails if {
	count(deny({"containerDefinitions": [object.union(clean, {"readonlyRootFilesystem": false})]})) == 1
	count(deny({"containerDefinitions": [clean, object.remove(clean, ["readonlyRootFilesystem"])]})) == 1
}
