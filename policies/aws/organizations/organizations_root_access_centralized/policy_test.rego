package vigil.aws.organizations.organizations_root_access_centralized_test

import data.vigil.aws.organizations.organizations_root_access_centralized

clean := {
	"RootAccessFeatures": ["RootCredentialsManagement", "RootSessions"],
	"TrustedServices": ["guardduty.amazonaws.com", "iam.amazonaws.com"],
	"ResourcePolicy": null,
}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "organizations",
	"type": "aws.organizations.governance", "id": "111122223333",
	"uid": "arn:aws:organizations::111122223333:governance", "name": "111122223333", "tags": {},
	"attributes": attributes,
}

deny(changes) := result if {
	result := organizations_root_access_centralized.deny with input as {"resource": resource(object.union(clean, changes))}
}

test_both_features_and_trusted_access_pass if {
	count(deny({})) == 0
}

test_root_sessions_missing_fails if {
	result := deny({"RootAccessFeatures": ["RootCredentialsManagement"]})
	count(result) == 1
	some r in result
	contains(r.msg, "missing RootSessions")
}

test_credentials_management_missing_fails if {
	count(deny({"RootAccessFeatures": ["RootSessions"]})) == 1
}

test_no_trusted_access_fails_even_with_features_listed if {
	result := deny({"TrustedServices": ["guardduty.amazonaws.com"]})
	count(result) == 1
	some r in result
	contains(r.msg, "trusted access for iam.amazonaws.com")
}

test_nothing_enabled_names_everything_missing if {
	some r in deny({"RootAccessFeatures": [], "TrustedServices": []})
	r.msg == "Organization of management account 111122223333 does not manage root access centrally: missing RootCredentialsManagement, RootSessions, trusted access for iam.amazonaws.com"
}

test_extra_features_do_not_matter if {
	count(deny({"RootAccessFeatures": ["RootSessions", "RootCredentialsManagement", "Other"]})) == 0
}

test_attributes_absent_do_not_fail if {
	count(organizations_root_access_centralized.deny) == 0 with input as {"resource": resource({})}
}
