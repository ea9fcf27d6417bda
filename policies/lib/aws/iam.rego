# METADATA
# scope: package
# title: IAM policy document helpers
# description: Statement normalisation, public principals, full-admin statements and condition tests for IAM-style JSON policy documents (IAM, S3 bucket, KMS key and SCP documents).
package vigil.lib.aws.iam

import data.vigil.lib.aws.util

# statements(doc) is the list of statements of a policy document; a single statement object counts as a list of one.
statements(doc) := doc.Statement if is_array(doc.Statement)

statements(doc) := [doc.Statement] if is_object(doc.Statement)

# has_condition(st) holds when the statement carries a non-empty Condition block.
has_condition(st) if {
	is_object(st.Condition)
	count(st.Condition) > 0
}

# public_principal(p) holds for Principal "*" or {"AWS": "*"} / {"AWS": [..., "*", ...]}.
public_principal(p) if p == "*"

public_principal(p) if {
	is_object(p)
	some a in util.as_list(object.get(p, "AWS", []))
	a == "*"
}

# public_allow(st): an Allow statement granting a public principal without any Condition.
public_allow(st) if {
	st.Effect == "Allow"
	public_principal(st.Principal)
	not has_condition(st)
}

# public_allow_statements(doc) is the set of statements of doc that allow a public principal unconditionally.
public_allow_statements(doc) := {st | some st in statements(doc); public_allow(st)}

# full_admin(st): Allow of Action "*" on Resource "*".
full_admin(st) if {
	st.Effect == "Allow"
	"*" in util.as_list(st.Action)
	"*" in util.as_list(st.Resource)
}

full_admin_statements(doc) := {st | some st in statements(doc); full_admin(st)}
