package vigil.aws.iam.iam_policy_cloudshell_full_access_not_attached_test

import data.vigil.aws.iam.iam_policy_cloudshell_full_access_not_attached

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(entities) := result if {
	result := iam_policy_cloudshell_full_access_not_attached.deny with input as {"resource": account({"CloudShellFullAccessEntities": entities})}
}

test_unattached_passes if {
	count(deny({"PolicyRoles": [], "PolicyUsers": [], "PolicyGroups": []})) == 0
	count(deny({})) == 0
}

test_group_attachment_fails if {
	result := deny({"PolicyRoles": [], "PolicyUsers": [], "PolicyGroups": [{"GroupName": "developers", "GroupId": "AGPA1"}]})
	count(result) == 1
	some r in result
	contains(r.msg, "PolicyGroups developers")
}

test_user_and_role_attachment_fails_once if {
	result := deny({"PolicyRoles": [{"RoleName": "ops", "RoleId": "AROA1"}], "PolicyUsers": [{"UserName": "bob", "UserId": "AIDA1"}]})
	count(result) == 1
	some r in result
	contains(r.msg, "PolicyRoles ops")
	contains(r.msg, "PolicyUsers bob")
}

test_unknown_entities_not_judged if {
	count(iam_policy_cloudshell_full_access_not_attached.deny) == 0 with input as {"resource": account({})}
	count(deny(null)) == 0
}
