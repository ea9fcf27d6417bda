package vigil.aws.iam.iam_role_trust_web_identity_aud_condition_test

import data.vigil.aws.iam.iam_role_trust_web_identity_aud_condition

github := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

eks := "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C5F1A2B"

statement(federated, condition) := {
	"Effect": "Allow",
	"Principal": {"Federated": federated},
	"Action": "sts:AssumeRoleWithWebIdentity",
	"Condition": condition,
}

deny(statements) := result if {
	result := iam_role_trust_web_identity_aud_condition.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam", "type": "aws.iam.role",
		"id": "deploy", "uid": "arn:aws:iam::111122223333:role/deploy", "name": "deploy", "tags": {},
		"attributes": {"RoleName": "deploy", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": statements}},
	}}
}

test_audience_conditions_pass if {
	count(deny([statement(github, {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:o/r:*"}})])) == 0
	count(deny([statement(eks, {"StringEquals": {"oidc.eks.eu-west-1.amazonaws.com/id/5C5F1A2B:aud": ["sts.amazonaws.com"]}})])) == 0
	count(deny([statement("cognito-identity.amazonaws.com", {"StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:1234"}})])) == 0
}

test_missing_audience_fails if {
	result := deny([statement(eks, {"StringEquals": {"oidc.eks.eu-west-1.amazonaws.com/id/5C5F1A2B:sub": "system:serviceaccount:ns:sa"}})])
	count(result) == 1
	some r in result
	r.msg == "IAM role deploy trusts web identity provider oidc.eks.eu-west-1.amazonaws.com/id/5C5F1A2B without a oidc.eks.eu-west-1.amazonaws.com/id/5C5F1A2B:aud condition"
}

test_no_condition_fails if {
	count(deny([{"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": ["sts:AssumeRoleWithWebIdentity"]}])) == 1
}

test_wildcard_or_other_provider_audience_fails if {
	count(deny([statement(github, {"StringLike": {"token.actions.githubusercontent.com:aud": "*"}})])) == 1
	count(deny([statement(github, {"StringEquals": {"accounts.google.com:aud": "x"}})])) == 1
	count(deny([statement(github, {"StringNotEquals": {"token.actions.githubusercontent.com:aud": "x"}})])) == 1
}

test_not_judged if {
	count(deny([statement("graph.facebook.com", {})])) == 0
	count(deny([{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/okta"}, "Action": "sts:AssumeRoleWithSAML"}])) == 0
	count(deny([object.union(statement(github, {}), {"Effect": "Deny"})])) == 0
	count(deny([{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}])) == 0
}
