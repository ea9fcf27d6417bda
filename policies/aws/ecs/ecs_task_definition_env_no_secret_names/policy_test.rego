package vigil.aws.ecs.ecs_task_definition_env_no_secret_names_test

import data.vigil.aws.ecs.ecs_task_definition_env_no_secret_names

deny(attributes) := result if {
	result := ecs_task_definition_env_no_secret_names.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecs",
		"type": "aws.ecs.task_definition", "id": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2",
		"uid": "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2", "name": "web", "tags": {},
		"attributes": object.union({"family": "web", "revision": 2, "networkMode": "awsvpc"}, attributes),
	}}
}

clean := {"name": "app", "image": "app:2", "privileged": false, "readonlyRootFilesystem": true, "user": "1000:1000",
	"logConfiguration": {"logDriver": "awslogs", "options": {}},
	"environment": [{"name": "LOG_LEVEL", "present": true, "sha256": "ab"}]}

test_plain_and_reference_names_pass if {
	count(deny({"containerDefinitions": [object.union(clean, {"environment": [
		{"name": "LOG_LEVEL", "present": true}, {"name": "DB_PASSWORD_SECRET_ARN", "present": true}]})]})) == 0
}

test_secret_names_fail if {
	result := deny({"containerDefinitions": [clean, object.union(clean, {"name": "b", "environment": [
		{"name": "STRIPE_API_KEY", "present": true}, {"name": "db_password", "present": true}]})]})
	count(result) == 2
	{r.evidence.name | some r in result} == {"STRIPE_API_KEY", "db_password"}
	{r.evidence.attribute | some r in result} == {"containerDefinitions[1].environment"}
}

test_no_environment_passes if {
	count(deny({"containerDefinitions": [object.remove(clean, ["environment"])]})) == 0
}
