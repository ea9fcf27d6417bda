package vigil.aws.iam.iam_user_no_attached_policies_test

import data.vigil.aws.iam.iam_user_no_attached_policies

user(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.user", "id": "alice", "uid": "arn:aws:iam::111122223333:user/alice",
	"name": "alice", "tags": {}, "attributes": object.union({"UserName": "alice"}, attrs),
}

test_no_attached_policies_pass if {
	count(iam_user_no_attached_policies.deny) == 0 with input as {"resource": user({"AttachedManagedPolicies": []})}
}

test_attached_policy_fails if {
	result := iam_user_no_attached_policies.deny with input as {"resource": user({"AttachedManagedPolicies": [{"PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}]})}
	count(result) == 1
	some r in result
	r.evidence["AttachedManagedPolicies[*].PolicyArn"] == ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
