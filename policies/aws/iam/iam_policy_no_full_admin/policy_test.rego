package vigil.aws.iam.iam_policy_no_full_admin_test

import data.vigil.aws.iam.iam_policy_no_full_admin

policy(document) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.iam.policy",
	"id": "admin", "uid": "arn:aws:iam::111122223333:policy/admin", "name": "admin", "tags": {},
	"attributes": {"PolicyName": "admin", "Document": document},
}

test_scoped_policy_passes if {
	count(iam_policy_no_full_admin.deny) == 0 with input as {"resource": policy({"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})}
}

test_star_star_fails if {
	result := iam_policy_no_full_admin.deny with input as {"resource": policy({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})}
	count(result) == 1
	some r in result
	r.evidence.attribute == "Document.Statement[0]"
	r.evidence.value.Action == "*"
}

test_star_in_lists_fails if {
	count(iam_policy_no_full_admin.deny) == 1 with input as {"resource": policy({"Statement": [{"Effect": "Allow", "Action": ["s3:*", "*"], "Resource": ["arn:aws:s3:::x", "*"]}]})}
}

test_single_statement_object_fails if {
	count(iam_policy_no_full_admin.deny) == 1 with input as {"resource": policy({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}})}
}

test_deny_star_star_passes if {
	count(iam_policy_no_full_admin.deny) == 0 with input as {"resource": policy({"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]})}
}

test_service_wildcard_passes if {
	count(iam_policy_no_full_admin.deny) == 0 with input as {"resource": policy({"Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]})}
}

test_star_action_on_one_resource_passes if {
	count(iam_policy_no_full_admin.deny) == 0 with input as {"resource": policy({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::bucket"}]})}
}
