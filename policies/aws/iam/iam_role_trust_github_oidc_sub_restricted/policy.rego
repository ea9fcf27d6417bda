# METADATA
# scope: package
# title: Roles trusted by GitHub Actions OIDC are restricted to named repositories
# description: An Allow statement of the role's trust policy whose Action covers sts:AssumeRoleWithWebIdentity and
#   whose Principal.Federated names the GitHub Actions OIDC provider (an ARN ending in
#   oidc-provider/token.actions.githubusercontent.com) must carry a token.actions.githubusercontent.com:sub condition
#   under StringEquals, StringEqualsIgnoreCase, StringLike or their ForAnyValue forms, none of whose values starts
#   with "*" or "repo:*" (which match every repository).
# custom:
#   id: iam_role_trust_github_oidc_sub_restricted
#   severity: high
#   resource_types:
#   - aws.iam.role
#   risk: GitHub signs an OIDC token for every workflow run of every repository on github.com; without a sub
#     condition naming the organization's repositories, a workflow in anybody's repository can assume the role.
#   remediation:
#     text: Add a StringLike (or StringEquals) condition on token.actions.githubusercontent.com:sub that names the
#       repositories (and branches or environments) allowed to assume the role, next to the aud condition.
#     cli: aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-sub.json
#     terraform: |
#       data "aws_iam_policy_document" "github" {
#         statement {
#           actions = ["sts:AssumeRoleWithWebIdentity"]
#           principals {
#             type        = "Federated"
#             identifiers = [aws_iam_openid_connect_provider.github.arn]
#           }
#           condition {
#             test     = "StringEquals"
#             variable = "token.actions.githubusercontent.com:aud"
#             values   = ["sts.amazonaws.com"]
#           }
#           condition {
#             test     = "StringLike"
#             variable = "token.actions.githubusercontent.com:sub"
#             values   = ["repo:my-org/my-repo:ref:refs/heads/main"]
#           }
#         }
#       }
#     url: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
#   categories:
#   - identity
package vigil.aws.iam.iam_role_trust_github_oidc_sub_restricted

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

github_provider := "oidc-provider/token.actions.githubusercontent.com"

restricting_operators := {"stringequals", "stringequalsignorecase", "stringlike", "foranyvalue:stringequals",
	"foranyvalue:stringequalsignorecase", "foranyvalue:stringlike"}

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.AssumeRolePolicyDocument)
	statement.Effect == "Allow"
	web_identity(statement)
	is_object(statement.Principal)
	some federated in util.as_list(object.get(statement.Principal, "Federated", []))
	endswith(federated, github_provider)
	not restricted_sub(statement)
	result := {
		"msg": sprintf("IAM role %s trusts GitHub Actions OIDC without a token.actions.githubusercontent.com:sub condition naming repositories", [input.resource.id]),
		"evidence": {"Principal.Federated": federated, "attribute": sprintf("AssumeRolePolicyDocument.Statement[%d]", [i]), "value": statement},
	}
}

web_identity(statement) if {
	some action in util.as_list(statement.Action)
	lower(action) in {"sts:assumerolewithwebidentity", "sts:*", "*"}
}

restricted_sub(statement) if {
	some operator, conditions in statement.Condition
	lower(operator) in restricting_operators
	some key, values in conditions
	lower(key) == "token.actions.githubusercontent.com:sub"
	count(util.as_list(values)) > 0
	every value in util.as_list(values) {
		not any_repository(value)
	}
}

any_repository(value) if startswith(value, "*")

any_repository(value) if startswith(lower(value), "repo:*")
