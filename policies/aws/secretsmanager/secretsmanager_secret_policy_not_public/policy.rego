# METADATA
# scope: package
# title: Secrets Manager resource policies do not allow any principal
# description: The secret's resource policy (GetResourcePolicy) must not have an Allow statement for Principal "*"
#   (or AWS "*") unless its Condition limits the caller by aws:SourceAccount, aws:SourceArn, aws:SourceOwner,
#   aws:SourceOrgID, aws:SourceOrgPaths, aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount or
#   aws:PrincipalArn (key names case-insensitive) under an operator that is not a negation (no "Not" in its name),
#   as for ECR repositories. No policy passes.
# custom:
#   id: secretsmanager_secret_policy_not_public
#   severity: critical
#   resource_types:
#   - aws.secretsmanager.secret
#   risk: Any AWS account can read the secret's value - database passwords, API keys, private keys - or change and
#     delete it, depending on the actions allowed.
#   remediation:
#     text: Name the accounts or roles that need the secret, or add an aws:PrincipalOrgID condition to the
#       statement; Secrets Manager's BlockPublicPolicy check rejects such policies when set.
#     cli: aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy
#     terraform: |
#       resource "aws_secretsmanager_secret_policy" "this" {
#         secret_arn          = aws_secretsmanager_secret.this.arn
#         policy              = data.aws_iam_policy_document.secret.json
#         block_public_policy = true
#       }
#     url: https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.secretsmanager.secretsmanager_secret_policy_not_public

import data.vigil.lib.aws.iam

# Condition keys that tie a "*" principal to named accounts, sources or an organization (lower case).
restricting_keys := {
	"aws:sourceaccount", "aws:sourcearn", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
}

restricted(statement) if {
	some operator, block in statement.Condition
	not contains(operator, "Not")
	is_object(block)
	some key, _ in block
	lower(key) in restricting_keys
}

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Policy)
	statement.Effect == "Allow"
	iam.public_principal(statement.Principal)
	not restricted(statement)
	result := {
		"msg": sprintf("Secrets Manager secret %s policy allows any principal (statement %d, no account or organization condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Policy.Statement[%d]", [i]), "value": statement},
	}
}
