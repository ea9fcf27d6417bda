package vigil.aws.organizations.organizations_account_not_in_root_test

import data.vigil.aws.organizations.organizations_account_not_in_root

account(id, parent, ou_path, extra) := {
	"provider": "aws", "account_id": id, "region": "global", "service": "account", "type": "aws.account",
	"id": id, "uid": sprintf("arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/%s", [id]), "name": "workload",
	"tags": {}, "attributes": object.union({
		"Name": "workload", "Status": "ACTIVE", "ParentId": parent, "OuPath": ou_path,
		"OuPathNames": [], "IsManagementAccount": id == "111122223333",
	}, extra),
}

member := account("222233334444", "ou-ab12-22222222", ["r-ab12", "ou-ab12-11111111", "ou-ab12-22222222"], {})

scp(id, targets, statements) := {
	"id": id, "name": id, "type": "SERVICE_CONTROL_POLICY", "aws_managed": false,
	"document": {"Version": "2012-10-17", "Statement": statements}, "targets": targets,
}

org_with(policies) := {
	"provider": "aws", "id": "o-a1b2c3d4e5", "management_account_id": "111122223333", "root_id": "r-ab12",
	"ous": [], "accounts": [], "policies": policies,
}

deny_stmt(actions) := {"Effect": "Deny", "Action": actions, "Resource": "*"}

test_account_in_ou_passes if {
	count(organizations_account_not_in_root.deny) == 0 with input as {"resource": member} with data.vigil.org as org_with([])
}

test_account_in_root_fails if {
	result := organizations_account_not_in_root.deny with input as {"resource": account("222233334444", "r-ab12", ["r-ab12"], {})} with data.vigil.org as org_with([])
	count(result) == 1
	some r in result
	r.evidence.ParentId == "r-ab12"
}

test_management_account_in_root_passes if {
	count(organizations_account_not_in_root.deny) == 0 with input as {"resource": account("111122223333", "r-ab12", ["r-ab12"], {})} with data.vigil.org as org_with([])
}

test_suspended_account_in_root_passes if {
	count(organizations_account_not_in_root.deny) == 0 with input as {"resource": account("222233334444", "r-ab12", ["r-ab12"], {"Status": "SUSPENDED"})} with data.vigil.org as org_with([])
}

test_no_org_is_not_judged if {
	count(organizations_account_not_in_root.deny) == 0 with input as {"resource": account("222233334444", null, [], {})} with data.vigil.org as null
}
