package vigil.aws.iam.iam_role_trust_github_oidc_sub_restricted_test

import data.vigil.aws.iam.iam_role_trust_github_oidc_sub_restricted

provider := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

aud := {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}

statement(condition) := {
	"Effect": "Allow",
	"Principal": {"Federated": provider},
	"Action": "sts:AssumeRoleWithWebIdentity",
	"Condition": condition,
}

deny(statements) := result if {
	result := iam_role_trust_github_oidc_sub_restricted.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam", "type": "aws.iam.role",
		"id": "deploy", "uid": "arn:aws:iam::111122223333:role/deploy", "name": "deploy", "tags": {},
		"attributes": {"RoleName": "deploy", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": statements}},
	}}
}

test_repository_named_passes if {
	count(deny([statement({"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:my-org/app:ref:refs/heads/main"}})])) == 0
}

test_organization_wildcard_passes if {
	count(deny([statement({"StringEquals": object.union(aud, {"token.actions.githubusercontent.com:sub": ["repo:my-org/app:environment:prod", "repo:my-org/infra:*"]})})])) == 0
}

test_no_sub_condition_fails if {
	result := deny([statement({"StringEquals": aud})])
	count(result) == 1
	some r in result
	r.evidence["Principal.Federated"] == provider
}

test_no_condition_at_all_fails if {
	count(deny([{"Effect": "Allow", "Principal": {"Federated": provider}, "Action": ["sts:AssumeRoleWithWebIdentity"]}])) == 1
}

test_any_repository_wildcards_fail if {
	count(deny([statement({"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}})])) == 1
	count(deny([statement({"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": "*"}})])) == 1
	count(deny([statement({"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": ["repo:my-org/app:*", "repo:*:ref:refs/heads/main"]}})])) == 1
}

test_negated_or_forallvalues_operator_does_not_restrict if {
	count(deny([statement({"StringEquals": aud, "StringNotEquals": {"token.actions.githubusercontent.com:sub": "repo:evil/x:*"}})])) == 1
	count(deny([statement({"StringEquals": aud, "ForAllValues:StringLike": {"token.actions.githubusercontent.com:sub": "repo:my-org/*"}})])) == 1
}

test_key_and_operator_case_insensitive if {
	count(deny([statement({"stringlike": {"Token.Actions.GithubUserContent.com:Sub": "repo:my-org/app:*"}})])) == 0
}

test_other_providers_and_deny_statements_ignored if {
	count(deny([{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"}, "Action": "sts:AssumeRoleWithWebIdentity"}])) == 0
	count(deny([object.union(statement({}), {"Effect": "Deny"})])) == 0
	count(deny([{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}])) == 0
}
