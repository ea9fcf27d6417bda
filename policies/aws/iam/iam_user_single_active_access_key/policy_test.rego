package vigil.aws.iam.iam_user_single_active_access_key_test

import data.vigil.aws.iam.iam_user_single_active_access_key

user(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.user", "id": "alice", "uid": "arn:aws:iam::111122223333:user/alice",
	"name": "alice", "tags": {}, "attributes": object.union({"UserName": "alice"}, attrs),
}

keys(a, b) := {"CredentialReport": {"access_key_1_active": a, "access_key_2_active": b}}

test_one_active_key_passes if {
	count(iam_user_single_active_access_key.deny) == 0 with input as {"resource": user(keys("true", "false"))}
	count(iam_user_single_active_access_key.deny) == 0 with input as {"resource": user(keys("false", "true"))}
}

test_two_active_keys_fail if {
	count(iam_user_single_active_access_key.deny) == 1 with input as {"resource": user(keys("true", "true"))}
}

test_no_keys_pass if {
	count(iam_user_single_active_access_key.deny) == 0 with input as {"resource": user(keys("false", "false"))}
}
