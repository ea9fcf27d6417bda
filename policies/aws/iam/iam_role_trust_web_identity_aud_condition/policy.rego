# METADATA
# scope: package
# title: Roles trusted by an OIDC identity provider check the token's audience
# description: An Allow statement of the role's trust policy whose Action covers sts:AssumeRoleWithWebIdentity and
#   whose Principal.Federated names an IAM OIDC provider (an ARN with oidc-provider/<host>), Amazon Cognito
#   (cognito-identity.amazonaws.com) or Google (accounts.google.com) must carry a condition on <host>:aud under
#   StringEquals, StringEqualsIgnoreCase, StringLike or their ForAnyValue forms with no value "*". Facebook and
#   Login with Amazon (app_id keys) and SAML providers are not judged.
# custom:
#   id: iam_role_trust_web_identity_aud_condition
#   severity: medium
#   resource_types:
#   - aws.iam.role
#   risk: Without an audience condition, any token the provider issues for another application or client (a
#     different Cognito identity pool, another Google OAuth client, another relying party of the same OIDC
#     issuer) can be exchanged for the role's credentials.
#   remediation:
#     text: Add a StringEquals condition on <provider>:aud with the client ID or audience issued for AWS (for
#       GitHub Actions and EKS service accounts sts.amazonaws.com, for Cognito the identity pool ID).
#     cli: aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-aud.json
#     terraform: |
#       data "aws_iam_policy_document" "web_identity" {
#         statement {
#           actions = ["sts:AssumeRoleWithWebIdentity"]
#           principals {
#             type        = "Federated"
#             identifiers = [aws_iam_openid_connect_provider.this.arn]
#           }
#           condition {
#             test     = "StringEquals"
#             variable = "${aws_iam_openid_connect_provider.this.url}:aud"
#             values   = ["sts.amazonaws.com"]
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
#   categories:
#   - identity
package vigil.aws.iam.iam_role_trust_web_identity_aud_condition

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

restricting_operators := {"stringequals", "stringequalsignorecase", "stringlike", "foranyvalue:stringequals",
	"foranyvalue:stringequalsignorecase", "foranyvalue:stringlike"}

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.AssumeRolePolicyDocument)
	statement.Effect == "Allow"
	web_identity(statement)
	is_object(statement.Principal)
	some federated in util.as_list(object.get(statement.Principal, "Federated", []))
	host := provider_host(federated)
	not audience_condition(statement, host)
	result := {
		"msg": sprintf("IAM role %s trusts web identity provider %s without a %s:aud condition", [input.resource.id, host, host]),
		"evidence": {"Principal.Federated": federated, "attribute": sprintf("AssumeRolePolicyDocument.Statement[%d]", [i]), "value": statement},
	}
}

web_identity(statement) if {
	some action in util.as_list(statement.Action)
	lower(action) in {"sts:assumerolewithwebidentity", "sts:*", "*"}
}

provider_host(federated) := host if {
	parts := split(federated, ":oidc-provider/")
	count(parts) == 2
	startswith(federated, "arn:")
	host := parts[1]
}

provider_host(federated) := federated if federated in {"cognito-identity.amazonaws.com", "accounts.google.com"}

audience_condition(statement, host) if {
	some operator, conditions in statement.Condition
	lower(operator) in restricting_operators
	some key, values in conditions
	lower(key) == lower(sprintf("%s:aud", [host]))
	count(util.as_list(values)) > 0
	not "*" in util.as_list(values)
}
