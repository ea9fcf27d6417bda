package vigil.aws.ecs.ecs_task_definition_logging_configured_test

import data.vigil.aws.ecs.ecs_task_definition_logging_configured

deny(attributes) := result if {
	result := ecs_task_definition_logging_configured.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecs",
		"type": "aws.ecs.task_definition", "id": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2",
		"uid": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2", "name": "web", "tags": {},
		"attributes": object.union({"family": "web", "revision": 2, "networkMode": "awsvpc"}, attributes),
	}}
}

clean := {"name": "app", "image": "app:2", "privileged": false, "readonlyRootFilesystem": true, "user": "1000:1000",
	"logConfiguration": {"logDriver": "awslogs", "options": {}},
	"environment": [{"name": "LOG_LEVEL", "present": true, "sha256": "ab"}]}

test_log_driver_passes if {
	count(deny({"containerDefinitions": [clean]})) == 0
}

test_missing_log_configuration_fails if {
	result := deny({"containerDefinitions": [clean, object.remove(clean, ["logConfiguration"])]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "containerDefinitions[1].logConfiguration"
	count(deny({"containerDefinitions": [object.union(clean, {"logConfiguration": null})]})) == 1
	count(deny({"containerDefinitions": [object.union(clean, {"logConfiguration": {"logDriver": ""}})]})) == 1
}
