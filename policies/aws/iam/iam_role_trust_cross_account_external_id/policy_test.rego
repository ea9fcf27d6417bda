package vigil.aws.iam.iam_role_trust_cross_account_external_id_test

import data.vigil.aws.iam.iam_role_trust_cross_account_external_id

role(statement) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.iam.role",
	"id": "vendor", "uid": "arn:aws:iam::111122223333:role/vendor", "name": "vendor", "tags": {},
	"attributes": {"RoleName": "vendor", "AssumeRolePolicyDocument": {"Statement": [statement]}},
}

org := {"management_account_id": "111122223333", "root_id": "r-ab12", "accounts": [{"id": "111122223333"}, {"id": "222233334444"}]}

trust(principal) := {"Effect": "Allow", "Principal": {"AWS": principal}, "Action": "sts:AssumeRole"}

test_external_account_without_external_id_fails if {
	result := iam_role_trust_cross_account_external_id.deny with input as {"resource": role(trust("arn:aws:iam::999988887777:root"))} with data.vigil.org as org
	count(result) == 1
	some r in result
	r.evidence["Principal.AWS"] == "arn:aws:iam::999988887777:root"
	contains(r.msg, "999988887777")
}

test_bare_account_id_fails if {
	count(iam_role_trust_cross_account_external_id.deny) == 1 with input as {"resource": role(trust(["999988887777"]))} with data.vigil.org as org
}

test_external_account_with_external_id_passes if {
	statement := object.union(trust("arn:aws:iam::999988887777:root"), {"Condition": {"StringEquals": {"sts:ExternalId": "x-123"}}})
	count(iam_role_trust_cross_account_external_id.deny) == 0 with input as {"resource": role(statement)} with data.vigil.org as org
}

test_other_condition_is_not_enough if {
	statement := object.union(trust("arn:aws:iam::999988887777:root"), {"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}})
	count(iam_role_trust_cross_account_external_id.deny) == 1 with input as {"resource": role(statement)} with data.vigil.org as org
}

test_org_member_passes if {
	count(iam_role_trust_cross_account_external_id.deny) == 0 with input as {"resource": role(trust("arn:aws:iam::222233334444:root"))} with data.vigil.org as org
}

test_role_principal_is_not_an_account if {
	count(iam_role_trust_cross_account_external_id.deny) == 0 with input as {"resource": role(trust("arn:aws:iam::999988887777:role/x"))} with data.vigil.org as org
}

test_no_org_own_account_passes if {
	count(iam_role_trust_cross_account_external_id.deny) == 0 with input as {"resource": role(trust("arn:aws:iam::111122223333:root"))} with data.vigil.org as null
}

test_no_org_other_account_fails if {
	count(iam_role_trust_cross_account_external_id.deny) == 1 with input as {"resource": role(trust("222233334444"))} with data.vigil.org as null
}

test_other_action_passes if {
	statement := {"Effect": "Allow", "Principal": {"AWS": "999988887777"}, "Action": "sts:TagSession"}
	count(iam_role_trust_cross_account_external_id.deny) == 0 with input as {"resource": role(statement)} with data.vigil.org as org
}

test_action_list_fails if {
	statement := {"Effect": "Allow", "Principal": {"AWS": "999988887777"}, "Action": ["sts:TagSession", "sts:AssumeRole"]}
	count(iam_role_trust_cross_account_external_id.deny) == 1 with input as {"resource": role(statement)} with data.vigil.org as org
}
