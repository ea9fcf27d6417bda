# METADATA
# scope: package
# title: An SCP denies create calls that lack a required tag
# description: For every key of the required_tags setting, an SCP covering the member account (attached to it, an OU
#   on its path or the root) has a Deny statement whose only condition is Null {"aws:RequestTag/<key>" "true"}, so
#   that a request without that tag is refused. A Null block naming several keys denies only when all are missing
#   and does not count; nor does a statement narrowed by further conditions.
# custom:
#   id: organizations_scp_require_tags_on_create
#   severity: low
#   resource_types:
#   - aws.account
#   risk: Without a preventive guardrail, resources are created without owner, environment or cost-center tags;
#     their spend cannot be charged back and nobody can be asked about them during an incident.
#   remediation:
#     text: Attach to the workload OUs an SCP with one Deny statement per required tag key on the create actions
#       that support tag-on-create, conditioned on Null aws:RequestTag/<key> = true.
#     cli: |-
#       aws organizations create-policy --type SERVICE_CONTROL_POLICY --name require-tags --content file://require-tags.json
#       aws organizations attach-policy --policy-id <policy-id> --target-id <ou-id>
#     terraform: |
#       resource "aws_organizations_policy" "require_tags" {
#         name    = "require-tags"
#         type    = "SERVICE_CONTROL_POLICY"
#         content = data.aws_iam_policy_document.require_tags.json
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_tagging.html
#   categories:
#   - governance
#   - tagging
package vigil.aws.organizations.organizations_scp_require_tags_on_create

import data.vigil.lib.aws.org
import data.vigil.lib.aws.util

required_keys := sort(object.keys(util.setting("required_tags")))

# enforces(st, key): st is a Deny statement whose only condition is Null on aws:RequestTag/<key> = true.
enforces(st, key) if {
	cond := st.Condition
	is_object(cond)
	object.keys(cond) == {"Null"}
	null_block := cond.Null
	is_object(null_block)
	object.keys(null_block) == {sprintf("aws:RequestTag/%s", [key])}
	some value in util.as_list(null_block[sprintf("aws:RequestTag/%s", [key])])
	lower(sprintf("%v", [value])) == "true"
}

enforced contains key if {
	some key in required_keys
	some p in org.covering_scps
	some st in org.deny_statements(p)
	enforces(st, key)
}

deny contains result if {
	org.member_account
	missing := [k | some k in required_keys; not k in enforced]
	count(missing) > 0
	result := {
		"msg": sprintf("Account %s (%s) is not covered by an SCP that denies create calls without the tag(s) %s", [input.resource.id, input.resource.name, concat(", ", missing)]),
		"evidence": {
			"missing_tag_keys": missing,
			"OuPath": object.get(input.resource.attributes, "OuPath", []),
			"covering_scps": org.policy_names(org.covering_scps),
		},
	}
}
