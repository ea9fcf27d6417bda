package vigil.aws.iam.iam_user_no_inline_policies_test

import data.vigil.aws.iam.iam_user_no_inline_policies

user(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.user", "id": "alice", "uid": "arn:aws:iam::111122223333:user/alice",
	"name": "alice", "tags": {}, "attributes": object.union({"UserName": "alice"}, attrs),
}

test_no_inline_policies_pass if {
	count(iam_user_no_inline_policies.deny) == 0 with input as {"resource": user({"UserPolicyList": []})}
}

test_inline_policy_fails if {
	result := iam_user_no_inline_policies.deny with input as {"resource": user({"UserPolicyList": [{"PolicyName": "s3-read", "PolicyDocument": {}}]})}
	count(result) == 1
	some r in result
	r.evidence["UserPolicyList[*].PolicyName"] == ["s3-read"]
}

test_missing_list_is_not_judged if {
	count(iam_user_no_inline_policies.deny) == 0 with input as {"resource": user({})}
}
