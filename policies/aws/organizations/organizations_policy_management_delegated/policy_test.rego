package vigil.aws.organizations.organizations_policy_management_delegated_test

import data.vigil.aws.organizations.organizations_policy_management_delegated

statement(changes) := object.union({
	"Effect": "Allow",
	"Principal": {"AWS": "arn:aws:iam::444455556666:root"},
	"Action": ["organizations:Describe*", "organizations:List*", "organizations:CreatePolicy", "organizations:AttachPolicy"],
	"Resource": "*",
}, changes)

policy(statements) := {"Version": "2012-10-17", "Statement": statements}

resource(resource_policy) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "organizations",
	"type": "aws.organizations.governance", "id": "111122223333",
	"uid": "arn:aws:organizations::111122223333:governance", "name": "111122223333", "tags": {},
	"attributes": {"RootAccessFeatures": [], "TrustedServices": [], "ResourcePolicy": resource_policy},
}

deny(resource_policy) := result if {
	result := organizations_policy_management_delegated.deny with input as {"resource": resource(resource_policy)}
}

test_delegation_of_policy_management_passes if {
	count(deny(policy([statement({})]))) == 0
}

test_single_statement_object_passes if {
	count(deny({"Version": "2012-10-17", "Statement": statement({})})) == 0
}

test_wildcards_count if {
	count(deny(policy([statement({"Action": "organizations:*"})]))) == 0
	count(deny(policy([statement({"Action": "Organizations:*Policy"})]))) == 0
	count(deny(policy([statement({"Action": "*"})]))) == 0
}

test_no_policy_fails if {
	result := deny(null)
	count(result) == 1
	some r in result
	contains(r.msg, "has no resource delegation policy")
}

test_read_only_delegation_fails if {
	result := deny(policy([statement({"Action": ["organizations:Describe*", "organizations:List*"]})]))
	count(result) == 1
	some r in result
	contains(r.msg, "delegates no policy management action")
}

test_deny_statement_does_not_delegate if {
	count(deny(policy([statement({"Effect": "Deny"})]))) == 1
}

test_public_principal_does_not_delegate if {
	count(deny(policy([statement({"Principal": {"AWS": "*"}})]))) == 1
	count(deny(policy([statement({"Principal": "*"})]))) == 1
}

test_service_principal_does_not_delegate if {
	service_only := object.union(object.remove(statement({}), ["Principal"]), {"Principal": {"Service": "config.amazonaws.com"}})
	count(deny(policy([service_only]))) == 1
}

test_attribute_absent_does_not_fail if {
	count(organizations_policy_management_delegated.deny) == 0 with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "type": "aws.organizations.governance", "id": "111122223333",
		"attributes": {},
	}}
}
