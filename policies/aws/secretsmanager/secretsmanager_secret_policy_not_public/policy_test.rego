package vigil.aws.secretsmanager.secretsmanager_secret_policy_not_public_test

import data.vigil.aws.secretsmanager.secretsmanager_secret_policy_not_public

deny(policy) := result if {
	result := secretsmanager_secret_policy_not_public.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "secretsmanager",
		"type": "aws.secretsmanager.secret", "id": "prod/db",
		"uid": "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf", "name": "prod/db", "tags": {},
		"attributes": {"Name": "prod/db", "Policy": policy},
	}}
}

read(principal) := {"Sid": "read", "Effect": "Allow", "Principal": principal, "Action": "secretsmanager:GetSecretValue", "Resource": "*"}

test_named_role_passes if {
	count(deny({"Statement": [read({"AWS": "arn:aws:iam::111122223333:role/app"})]})) == 0
}

test_no_policy_passes if {
	count(deny(null)) == 0
}

test_public_read_fails if {
	result := deny({"Statement": [read({"AWS": "arn:aws:iam::111122223333:role/app"}), read("*")]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "Policy.Statement[1]"
}

test_aws_star_in_a_list_fails if {
	count(deny({"Statement": read({"AWS": ["arn:aws:iam::111122223333:role/app", "*"]})})) == 1
}

test_org_condition_passes if {
	count(deny({"Statement": [object.union(read({"AWS": "*"}), {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}})]})) == 0
}

test_deny_statement_passes if {
	count(deny({"Statement": [object.union(read("*"), {"Effect": "Deny"})]})) == 0
}

test_negated_or_unrelated_condition_fails if {
	count(deny({"Statement": [object.union(read("*"), {"Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-1"}}})]})) == 1
	count(deny({"Statement": [object.union(read("*"), {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})]})) == 1
}
