package vigil.aws.organizations.organizations_scp_require_tags_on_create_test

import data.vigil.aws.organizations.organizations_scp_require_tags_on_create

account(id, parent, ou_path) := {
	"provider": "aws", "account_id": id, "region": "global", "service": "account", "type": "aws.account",
	"id": id, "uid": sprintf("arn:aws:organizations::111122223333:account/o-a1b2c3d4e5/%s", [id]), "name": "workload",
	"tags": {}, "attributes": {
		"Name": "workload", "Status": "ACTIVE", "ParentId": parent, "OuPath": ou_path,
		"OuPathNames": [], "IsManagementAccount": id == "111122223333",
	},
}

member := account("222233334444", "ou-ab12-22222222", ["r-ab12", "ou-ab12-11111111", "ou-ab12-22222222"])

scp(id, targets, statements) := {
	"id": id, "name": id, "type": "SERVICE_CONTROL_POLICY", "aws_managed": false,
	"document": {"Version": "2012-10-17", "Statement": statements}, "targets": targets,
}

org_with(policies) := {
	"provider": "aws", "id": "o-a1b2c3d4e5", "management_account_id": "111122223333", "root_id": "r-ab12",
	"ous": [], "accounts": [], "policies": policies,
}

require(key) := {
	"Effect": "Deny", "Action": ["ec2:RunInstances", "s3:CreateBucket"], "Resource": "*",
	"Condition": {"Null": {sprintf("aws:RequestTag/%s", [key]): "true"}},
}

config := {"required_tags": {"app": [], "team": []}}

deny(resource, policies) := result if {
	result := organizations_scp_require_tags_on_create.deny with input as {"resource": resource}
		with data.vigil.org as org_with(policies)
		with data.vigil.config as config
}

test_every_key_enforced_passes if {
	count(deny(member, [scp("p-1", ["ou-ab12-11111111"], [require("app"), require("team")])])) == 0
}

test_keys_spread_over_two_scps_pass if {
	count(deny(member, [scp("p-1", ["r-ab12"], [require("app")]), scp("p-2", [member.id], [require("team")])])) == 0
}

test_boolean_true_passes if {
	st := {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:RequestTag/team": true}}}
	count(deny(member, [scp("p-1", ["r-ab12"], [require("app"), st])])) == 0
}

test_missing_key_fails if {
	result := deny(member, [scp("p-1", ["r-ab12"], [require("app")])])
	count(result) == 1
	some r in result
	r.evidence.missing_tag_keys == ["team"]
}

test_no_scp_fails if {
	result := deny(member, [])
	count(result) == 1
	some r in result
	r.evidence.missing_tag_keys == ["app", "team"]
}

test_combined_null_block_fails if {
	st := {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:RequestTag/app": "true", "aws:RequestTag/team": "true"}}}
	count(deny(member, [scp("p-1", ["r-ab12"], [st])])) == 1
}

test_extra_condition_fails if {
	st := object.union(require("team"), {"Condition": {"Null": {"aws:RequestTag/team": "true"}, "StringEquals": {"aws:RequestedRegion": "us-east-1"}}})
	count(deny(member, [scp("p-1", ["r-ab12"], [require("app"), st])])) == 1
}

test_allow_statement_or_false_does_not_count if {
	allow := object.union(require("team"), {"Effect": "Allow"})
	count(deny(member, [scp("p-1", ["r-ab12"], [require("app"), allow])])) == 1
	off := {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:RequestTag/team": "false"}}}
	count(deny(member, [scp("p-1", ["r-ab12"], [require("app"), off])])) == 1
}

test_scp_elsewhere_fails if {
	count(deny(member, [scp("p-1", ["ou-ab12-99999999"], [require("app"), require("team")])])) == 1
}

test_tag_policy_does_not_count if {
	tag := object.union(scp("p-1", ["r-ab12"], [require("app"), require("team")]), {"type": "TAG_POLICY"})
	count(deny(member, [tag])) == 1
}

test_management_and_single_account_not_judged if {
	count(deny(account("111122223333", "r-ab12", ["r-ab12"]), [])) == 0
	count(organizations_scp_require_tags_on_create.deny) == 0 with input as {"resource": member} with data.vigil.org as null
}

test_default_required_tags if {
	result := organizations_scp_require_tags_on_create.deny with input as {"resource": member}
		with data.vigil.org as org_with([scp("p-1", ["r-ab12"], [require("app"), require("env")])])
	count(result) == 1
	some r in result
	r.evidence.missing_tag_keys == ["cost-center", "team"]
}
