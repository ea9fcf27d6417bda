package vigil.aws.ecr.ecr_repository_policy_not_public_test

import data.vigil.aws.ecr.ecr_repository_policy_not_public

deny(policy) := result if {
	result := ecr_repository_policy_not_public.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ecr",
		"type": "aws.ecr.repository", "id": "app", "uid": "arn:aws:ecr:us-east-1:111122223333:repository/app",
		"name": "app", "tags": {}, "attributes": {"repositoryName": "app", "Policy": policy},
	}}
}

pull(principal) := {"Sid": "pull", "Effect": "Allow", "Principal": principal, "Action": ["ecr:BatchGetImage"]}

test_named_accounts_pass if {
	count(deny({"Statement": [pull({"AWS": ["arn:aws:iam::111122223333:root"]})]})) == 0
}

test_no_policy_passes if {
	count(deny(null)) == 0
}

test_public_pull_fails if {
	result := deny({"Statement": [pull({"AWS": ["arn:aws:iam::111122223333:root"]}), pull("*")]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "Policy.Statement[1]"
}

test_single_statement_object_fails if {
	count(deny({"Statement": pull({"AWS": "*"})})) == 1
}

test_org_condition_passes if {
	count(deny({"Statement": [object.union(pull("*"), {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}})]})) == 0
}

test_negated_or_unrelated_condition_fails if {
	count(deny({"Statement": [object.union(pull("*"), {"Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-1"}}})]})) == 1
	count(deny({"Statement": [object.union(pull("*"), {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})]})) == 1
}
