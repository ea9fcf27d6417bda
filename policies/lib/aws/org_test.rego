package vigil.lib.aws.org_test

import data.vigil.lib.aws.org

org_tree := {
	"management_account_id": "111122223333", "root_id": "r-ab12",
	"policies": [
		{"name": "root-scp", "type": "SERVICE_CONTROL_POLICY", "targets": ["r-ab12"], "document": {"Statement": []}},
		{"name": "ou-scp", "type": "SERVICE_CONTROL_POLICY", "targets": ["ou-1"], "document": {"Statement": []}},
		{"name": "other-ou", "type": "SERVICE_CONTROL_POLICY", "targets": ["ou-9"], "document": {"Statement": []}},
		{"name": "tags", "type": "TAG_POLICY", "targets": ["r-ab12"], "document": {}},
	],
}

member := {"id": "222233334444", "attributes": {"Status": "ACTIVE", "IsManagementAccount": false, "OuPath": ["r-ab12", "ou-1"]}}

test_covering_scps_follow_the_ou_path if {
	org.policy_names(org.covering_scps) == ["ou-scp", "root-scp"] with input as {"resource": member} with data.vigil.org as org_tree
}

test_member_account if {
	org.member_account with input as {"resource": member} with data.vigil.org as org_tree
	not org.member_account with input as {"resource": member} with data.vigil.org as null
	management := {"id": "111122223333", "attributes": {"Status": "ACTIVE", "IsManagementAccount": true}}
	not org.member_account with input as {"resource": management} with data.vigil.org as org_tree
}

test_action_covered if {
	org.action_covered("cloudtrail:StopLogging", "cloudtrail:StopLogging")
	org.action_covered("CloudTrail:stoplogging", "cloudtrail:StopLogging")
	org.action_covered("cloudtrail:*", "cloudtrail:StopLogging")
	not org.action_covered("cloudtrail:Stop*", "cloudtrail:DeleteTrail")
	not org.action_covered("guardduty:*", "cloudtrail:StopLogging")
}
