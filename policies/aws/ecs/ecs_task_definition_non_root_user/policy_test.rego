package vigil.aws.ecs.ecs_task_definition_non_root_user_test

import data.vigil.aws.ecs.ecs_task_definition_non_root_user

deny(attributes) := result if {
	result := ecs_task_definition_non_root_user.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecs",
		"type": "aws.ecs.task_definition", "id": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2",
		"uid": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2", "name": "web", "tags": {},
		"attributes": object.union({"family": "web", "revision": 2, "networkMode": "awsvpc"}, attributes),
	}}
}

clean := {"name": "app", "image": "app:2", "privileged": false, "readonlyRootFilesystem": true, "user": "1000:1000",
	"logConfiguration": {"logDriver": "awslogs", "options": {}},
	"environment": [{"name": "LOG_LEVEL", "present": true, "sha256": "ab"}]}

test_non_root_passes if {
	count(deny({"containerDefinitions": [clean, object.union(clean, {"user": "app"}), object.union(clean, {"user": "1000"})]})) == 0
}

test_root_forms_fail if {
	count(deny({"containerDefinitions": [object.remove(clean, ["user"])]})) == 1
	count(deny({"containerDefinitions": [object.union(clean, {"user": ""})]})) == 1
	count(deny({"containerDefinitions": [object.union(clean, {"user": "root"})]})) == 1
	count(deny({"containerDefinitions": [object.union(clean, {"user": "0"})]})) == 1
	count(deny({"containerDefinitions": [object.union(clean, {"user": "0:0"})]})) == 1
	count(deny({"containerDefinitions": [object.union(clean, {"user": "root:wheel"})]})) == 1
}

test_uid_starting_with_zero_digit_passes if {
	count(deny({"containerDefinitions": [object.union(clean, {"user": "01000"})]})) == 0
}
