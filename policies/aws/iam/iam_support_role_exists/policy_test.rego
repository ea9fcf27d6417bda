package vigil.aws.iam.iam_support_role_exists_test

import data.vigil.aws.iam.iam_support_role_exists

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(entities) := result if {
	result := iam_support_role_exists.deny with input as {"resource": account({"SupportAccessEntities": entities})}
}

test_role_with_support_access_passes if {
	count(deny({"PolicyRoles": [{"RoleName": "aws-support", "RoleId": "AROA1"}], "PolicyUsers": [], "PolicyGroups": []})) == 0
}

test_no_entity_fails if {
	result := deny({"PolicyRoles": [], "PolicyUsers": [], "PolicyGroups": []})
	count(result) == 1
	some r in result
	contains(r.msg, "111122223333")
}

test_group_only_fails if {
	result := deny({"PolicyRoles": [], "PolicyUsers": [], "PolicyGroups": [{"GroupName": "auditors", "GroupId": "AGPA1"}]})
	count(result) == 1
	some r in result
	contains(r.msg, "1 groups")
}

test_missing_roles_key_fails if {
	count(deny({"PolicyUsers": [{"UserName": "bob"}]})) == 1
}

test_unknown_entities_not_judged if {
	count(iam_support_role_exists.deny) == 0 with input as {"resource": account({})}
	count(deny(null)) == 0
}
