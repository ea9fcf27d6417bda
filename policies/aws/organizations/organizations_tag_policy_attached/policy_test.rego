package vigil.aws.organizations.organizations_tag_policy_attached_test

import data.vigil.aws.organizations.organizations_tag_policy_attached

account(id, parent, ou_path, status) := {
	"provider": "aws", "account_id": id, "region": "global", "service": "account", "type": "aws.account",
	"id": id, "uid": sprintf("arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/%s", [id]), "name": "workload",
	"tags": {}, "attributes": {
		"Name": "workload", "Status": status, "ParentId": parent, "OuPath": ou_path,
		"OuPathNames": [], "IsManagementAccount": id == "111122223333",
	},
}

member := account("222233334444", "ou-ab12-22222222", ["r-ab12", "ou-ab12-11111111", "ou-ab12-22222222"], "ACTIVE")

management := account("111122223333", "r-ab12", ["r-ab12"], "ACTIVE")

policy(type, targets) := {
	"id": "p-1", "name": "tags", "type": type, "aws_managed": false,
	"document": {"tags": {"env": {"tag_key": {"@@assign": "env"}}}}, "targets": targets,
}

org_with(policies) := {
	"provider": "aws", "id": "o-a1b2c3d4e5", "management_account_id": "111122223333", "root_id": "r-ab12",
	"ous": [], "accounts": [], "policies": policies,
}

deny(resource, policies) := result if {
	result := organizations_tag_policy_attached.deny with input as {"resource": resource}
		with data.vigil.org as org_with(policies)
}

test_on_root_passes if {
	count(deny(member, [policy("TAG_POLICY", ["r-ab12"])])) == 0
	count(deny(management, [policy("TAG_POLICY", ["r-ab12"])])) == 0
}

test_on_ou_or_account_passes if {
	count(deny(member, [policy("TAG_POLICY", ["ou-ab12-11111111"])])) == 0
	count(deny(member, [policy("TAG_POLICY", ["222233334444"])])) == 0
}

test_not_covered_fails if {
	result := deny(member, [policy("TAG_POLICY", ["ou-ab12-99999999"])])
	count(result) == 1
	some r in result
	r.evidence.tag_policies == ["tags"]
}

test_management_not_covered_fails if {
	count(deny(management, [policy("TAG_POLICY", ["ou-ab12-11111111"])])) == 1
}

test_scp_is_not_a_tag_policy if {
	count(deny(member, [policy("SERVICE_CONTROL_POLICY", ["r-ab12"])])) == 1
}

test_suspended_and_single_account_not_judged if {
	count(deny(account("333344445555", "r-ab12", ["r-ab12"], "SUSPENDED"), [])) == 0
	count(organizations_tag_policy_attached.deny) == 0 with input as {"resource": member} with data.vigil.org as null
}
