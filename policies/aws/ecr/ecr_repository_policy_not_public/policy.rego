# METADATA
# scope: package
# title: ECR repository policies do not allow any principal
# description: The repository policy (GetRepositoryPolicy) must not have an Allow statement for Principal "*" (or
#   AWS "*") unless its Condition limits the caller by aws:SourceAccount, aws:SourceArn, aws:SourceOwner,
#   aws:SourceOrgID, aws:SourceOrgPaths, aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount or
#   aws:PrincipalArn (key names case-insensitive) under an operator that is not a negation (no "Not" in its name).
# custom:
#   id: ecr_repository_policy_not_public
#   severity: critical
#   resource_types:
#   - aws.ecr.repository
#   risk: Any AWS account can pull the repository's images — code, embedded configuration and sometimes
#     credentials — and, with push actions allowed, replace them.
#   remediation:
#     text: Name the accounts or roles that may pull, or add an aws:PrincipalOrgID condition to the statement.
#     cli: aws ecr set-repository-policy --repository-name <repository> --policy-text file://policy.json
#     terraform: |
#       resource "aws_ecr_repository_policy" "repo" {
#         repository = aws_ecr_repository.repo.name
#         policy     = data.aws_iam_policy_document.org_pull.json
#       }
#     url: https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
#   categories:
#   - public-exposure
#   - compute
package vigil.aws.ecr.ecr_repository_policy_not_public

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
		"msg": sprintf("ECR repository %s policy allows any principal (statement %d, no account or organization condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Policy.Statement[%d]", [i]), "value": statement},
	}
}
