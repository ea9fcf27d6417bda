package vigil.aws.iam.iam_role_trust_no_public_principal_test

import data.vigil.aws.iam.iam_role_trust_no_public_principal

role(statements) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.iam.role",
	"id": "r", "uid": "arn:aws:iam::111122223333:role/r", "name": "r", "tags": {},
	"attributes": {"RoleName": "r", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": statements}},
}

test_service_principal_passes if {
	count(iam_role_trust_no_public_principal.deny) == 0 with input as {"resource": role([{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}])}
}

test_star_principal_fails if {
	count(iam_role_trust_no_public_principal.deny) == 1 with input as {"resource": role([{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}])}
}

test_aws_star_fails if {
	result := iam_role_trust_no_public_principal.deny with input as {"resource": role([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}])}
	count(result) == 1
	some r in result
	r.evidence.value.Principal == {"AWS": "*"}
}

test_aws_star_in_list_fails if {
	count(iam_role_trust_no_public_principal.deny) == 1 with input as {"resource": role([{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::444455556666:root", "*"]}, "Action": "sts:AssumeRole"}])}
}

test_star_with_condition_passes if {
	count(iam_role_trust_no_public_principal.deny) == 0 with input as {"resource": role([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}])}
}

test_star_with_empty_condition_fails if {
	count(iam_role_trust_no_public_principal.deny) == 1 with input as {"resource": role([{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {}}])}
}

test_deny_star_passes if {
	count(iam_role_trust_no_public_principal.deny) == 0 with input as {"resource": role([{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}])}
}
