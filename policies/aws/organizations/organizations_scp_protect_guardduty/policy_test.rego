package vigil.aws.organizations.organizations_scp_protect_guardduty_test

import data.vigil.aws.organizations.organizations_scp_protect_guardduty

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

good := deny_stmt(["guardduty:DeleteDetector", "guardduty:DisassociateFromMasterAccount"])

test_scp_on_root_passes if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["r-ab12"], [good])])
}

test_scp_on_parent_ou_passes if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["ou-ab12-22222222"], [good])])
}

test_scp_on_grandparent_ou_passes if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["ou-ab12-11111111"], [good])])
}

test_scp_on_account_passes if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["222233334444"], [good])])
}

test_no_scp_fails if {
	result := organizations_scp_protect_guardduty.deny with input as {"resource": member} with data.vigil.org as org_with([])
	count(result) == 1
	some r in result
	r.evidence.covering_scps == []
	contains(r.msg, "222233334444")
}

test_scp_on_other_ou_fails if {
	count(organizations_scp_protect_guardduty.deny) == 1 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["ou-ab12-99999999", "333344445555"], [good])])
}

test_allow_statement_does_not_protect if {
	allow := object.union(good, {"Effect": "Allow"})
	count(organizations_scp_protect_guardduty.deny) == 1 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["r-ab12"], [allow])])
}

test_tag_policy_does_not_protect if {
	tag_policy := object.union(scp("p-1", ["r-ab12"], [good]), {"type": "TAG_POLICY"})
	count(organizations_scp_protect_guardduty.deny) == 1 with input as {"resource": member} with data.vigil.org as org_with([tag_policy])
}

test_incomplete_statement_fails if {
	count(organizations_scp_protect_guardduty.deny) == 1 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["r-ab12"], [deny_stmt("guardduty:DeleteDetector")])])
}

test_service_wildcard_passes if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": member} with data.vigil.org as org_with([scp("p-1", ["r-ab12"], [deny_stmt(["guardduty:*"])])])
}

test_management_account_is_exempt if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": account("111122223333", "r-ab12", ["r-ab12"], {})} with data.vigil.org as org_with([])
}

test_suspended_account_is_exempt if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": account("222233334444", "r-ab12", ["r-ab12"], {"Status": "SUSPENDED"})} with data.vigil.org as org_with([])
}

test_no_org_is_not_judged if {
	count(organizations_scp_protect_guardduty.deny) == 0 with input as {"resource": member} with data.vigil.org as null
}
