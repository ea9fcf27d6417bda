# METADATA
# scope: package
# title: AWS Organizations SCP helpers
# description: Which accounts SCP checks apply to, which SCPs cover an account through its OU path, and whether a statement denies an action.
package vigil.lib.aws.org

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

# member_account holds when the aws.account under evaluation is an active member (not the management
# account) of an organization: SCPs do not restrict the management account, and without an
# organization there are no SCPs to judge.
member_account if {
	is_object(data.vigil.org)
	input.resource.attributes.Status == "ACTIVE"
	not input.resource.attributes.IsManagementAccount
	input.resource.id != data.vigil.org.management_account_id
}

# coverage_targets is the set of ids an SCP can be attached to and still cover this account:
# the account itself, every OU on its path and the root.
coverage_targets := {input.resource.id, data.vigil.org.root_id} | {id | some id in util.array_or_empty(object.get(input.resource.attributes, "OuPath", []))}

# covering_scps is the list of service control policies attached to a coverage target.
covering_scps := [p |
	some p in data.vigil.org.policies
	p.type == "SERVICE_CONTROL_POLICY"
	some t in util.array_or_empty(p.targets)
	t in coverage_targets
]

# action_covered(pattern, action): pattern names action exactly or through "<service>:*" (IAM actions are case-insensitive).
action_covered(pattern, action) if lower(pattern) == lower(action)

action_covered(pattern, action) if {
	endswith(pattern, ":*")
	prefix := lower(trim_suffix(pattern, "*"))
	startswith(lower(action), prefix)
}

# deny_statements(p) is the list of Deny statements of an SCP.
deny_statements(p) := [st | some st in iam.statements(p.document); st.Effect == "Deny"]

# denies(p, action): a Deny statement of p names action exactly or through "<service>:*".
denies(p, action) if {
	some st in deny_statements(p)
	some a in util.as_list(st.Action)
	action_covered(a, action)
}

policy_names(ps) := sort({p.name | some p in ps})
