package vigil.aws.ecr.ecr_repository_tag_immutability_test

import data.vigil.aws.ecr.ecr_repository_tag_immutability

deny(mutability) := result if {
	result := ecr_repository_tag_immutability.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecr",
		"type": "aws.ecr.repository", "id": "app", "uid": "arn:aws:ecr:us-east-1:111122223333:repository/app",
		"name": "app", "tags": {}, "attributes": {"repositoryName": "app", "imageTagMutability": mutability},
	}}
}

test_immutable_passes if {
	count(deny("IMMUTABLE")) == 0
	count(deny("IMMUTABLE_WITH_EXCLUSION")) == 0
}

test_mutable_fails if {
	count(deny("MUTABLE")) == 1
	count(deny("MUTABLE_WITH_EXCLUSION")) == 1
}
