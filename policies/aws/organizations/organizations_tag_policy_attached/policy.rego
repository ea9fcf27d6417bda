# METADATA
# scope: package
# title: A tag policy applies to every account of the organization
# description: Every active account of an organization, the management account included, is covered by a policy of
#   type TAG_POLICY attached to the account, an OU on its path or the root.
# custom:
#   id: organizations_tag_policy_attached
#   severity: low
#   resource_types:
#   - aws.account
#   risk: Without a tag policy, tag keys and values drift between teams (Env, env, environment), so cost
#     allocation, ownership lookups and tag-based access control silently miss resources.
#   remediation:
#     text: Enable the TAG_POLICY policy type, create a tag policy with the organization's keys and allowed values
#       and attach it to the root (or to every OU and the management account).
#     cli: |-
#       aws organizations enable-policy-type --root-id <root-id> --policy-type TAG_POLICY
#       aws organizations create-policy --type TAG_POLICY --name tags --content file://tag-policy.json
#       aws organizations attach-policy --policy-id <policy-id> --target-id <root-id>
#     terraform: |
#       resource "aws_organizations_policy_attachment" "tags" {
#         policy_id = aws_organizations_policy.tags.id
#         target_id = aws_organizations_organization.org.roots[0].id
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_tag-policies.html
#   categories:
#   - governance
#   - tagging
package vigil.aws.organizations.organizations_tag_policy_attached

import data.vigil.lib.aws.org
import data.vigil.lib.aws.util

covering_tag_policies := [p |
	some p in data.vigil.org.policies
	p.type == "TAG_POLICY"
	some t in util.array_or_empty(p.targets)
	t in org.coverage_targets
]

deny contains result if {
	is_object(data.vigil.org)
	input.resource.attributes.Status == "ACTIVE"
	count(covering_tag_policies) == 0
	result := {
		"msg": sprintf("Account %s (%s) is covered by no tag policy", [input.resource.id, input.resource.name]),
		"evidence": {
			"OuPath": object.get(input.resource.attributes, "OuPath", []),
			"tag_policies": org.policy_names([p | some p in data.vigil.org.policies; p.type == "TAG_POLICY"]),
		},
	}
}
