# METADATA
# scope: package
# title: Roles trusted by accounts outside the organization require an external ID
# description: 'An Allow statement for sts:AssumeRole whose Principal.AWS names an account outside the organization
#   (with no organization: other than the role''s own account) must carry a Condition on sts:ExternalId.'
# custom:
#   id: iam_role_trust_cross_account_external_id
#   severity: medium
#   resource_types:
#   - aws.iam.role
#   risk: Without an external ID a third party that assumes roles for many customers can be tricked into
#     acting on this account (the confused-deputy problem).
#   remediation:
#     text: Agree an external ID with the third party and require it in the trust policy with a StringEquals
#       condition on sts:ExternalId.
#     cli: aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-external-id.json
#     terraform: |
#       data "aws_iam_policy_document" "trust" {
#         statement {
#           actions = ["sts:AssumeRole"]
#           principals {
#             type        = "AWS"
#             identifiers = ["arn:aws:iam::999988887777:root"]
#           }
#           condition {
#             test     = "StringEquals"
#             variable = "sts:ExternalId"
#             values   = ["<external-id>"]
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
#   categories:
#   - identity
package vigil.aws.iam.iam_role_trust_cross_account_external_id

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.AssumeRolePolicyDocument)
	statement.Effect == "Allow"
	assume_role(statement)
	not external_id_condition(statement)
	is_object(statement.Principal)
	some principal in util.as_list(object.get(statement.Principal, "AWS", []))
	account := principal_account(principal)
	not trusted(account)
	result := {
		"msg": sprintf("IAM role %s trusts external account %s without an sts:ExternalId condition", [input.resource.id, account]),
		"evidence": {"Principal.AWS": principal, "attribute": sprintf("AssumeRolePolicyDocument.Statement[%d]", [i]), "value": statement},
	}
}

assume_role(statement) if {
	some action in util.as_list(statement.Action)
	lower(action) == "sts:assumerole"
}

external_id_condition(statement) if {
	some _, conditions in statement.Condition
	some key, _ in conditions
	lower(key) == "sts:externalid"
}

principal_account(p) := p if regex.match(`^[0-9]{12}$`, p)

principal_account(p) := id if {
	startswith(p, "arn:aws:iam::")
	endswith(p, ":root")
	id := trim_suffix(trim_prefix(p, "arn:aws:iam::"), ":root")
	regex.match(`^[0-9]{12}$`, id)
}

trusted(account) if {
	is_object(data.vigil.org)
	some member in data.vigil.org.accounts
	member.id == account
}

trusted(account) if {
	not is_object(data.vigil.org)
	account == input.resource.account_id
}
