package vigil.aws.ecr.ecr_repository_lifecycle_policy_test

import data.vigil.aws.ecr.ecr_repository_lifecycle_policy

deny(attributes) := result if {
	result := ecr_repository_lifecycle_policy.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecr",
		"type": "aws.ecr.repository", "id": "app", "uid": "arn:aws:ecr:us-east-1:111122223333:repository/app",
		"name": "app", "tags": {}, "attributes": object.union({"repositoryName": "app"}, attributes),
	}}
}

test_lifecycle_policy_passes if {
	count(deny({"LifecyclePolicy": {"lifecyclePolicyText": "{\"rules\":[]}", "lastEvaluatedAt": 1.7e9}})) == 0
}

test_no_lifecycle_policy_fails if {
	count(deny({"LifecyclePolicy": null})) == 1
}

test_unread_lifecycle_policy_is_not_judged if {
	count(deny({})) == 0
}
