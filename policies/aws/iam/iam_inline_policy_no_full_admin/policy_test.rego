package vigil.aws.iam.iam_inline_policy_no_full_admin_test

import data.vigil.aws.iam.iam_inline_policy_no_full_admin

principal(type, key, policies) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": type,
	"id": "p", "uid": "arn:aws:iam::111122223333:x/p", "name": "p", "tags": {},
	"attributes": {key: policies},
}

admin := [{"PolicyName": "everything", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}]

scoped := [{"PolicyName": "read", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}]}}]

test_admin_inline_fails_for_each_principal_type if {
	count(iam_inline_policy_no_full_admin.deny) == 1 with input as {"resource": principal("aws.iam.user", "UserPolicyList", admin)}
	count(iam_inline_policy_no_full_admin.deny) == 1 with input as {"resource": principal("aws.iam.group", "GroupPolicyList", admin)}
	result := iam_inline_policy_no_full_admin.deny with input as {"resource": principal("aws.iam.role", "RolePolicyList", admin)}
	count(result) == 1
	some r in result
	r.evidence.PolicyName == "everything"
}

test_scoped_inline_passes if {
	count(iam_inline_policy_no_full_admin.deny) == 0 with input as {"resource": principal("aws.iam.role", "RolePolicyList", scoped)}
}

test_no_inline_policies_pass if {
	count(iam_inline_policy_no_full_admin.deny) == 0 with input as {"resource": principal("aws.iam.user", "UserPolicyList", [])}
}

test_list_of_another_type_is_ignored if {
	count(iam_inline_policy_no_full_admin.deny) == 0 with input as {"resource": principal("aws.iam.role", "UserPolicyList", admin)}
}

test_two_admin_policies_give_two_findings if {
	two := array.concat(admin, [{"PolicyName": "more", "PolicyDocument": {"Statement": {"Effect": "Allow", "Action": ["*"], "Resource": ["*"]}}}])
	count(iam_inline_policy_no_full_admin.deny) == 2 with input as {"resource": principal("aws.iam.group", "GroupPolicyList", two)}
}
