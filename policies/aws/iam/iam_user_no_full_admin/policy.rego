# METADATA
# scope: package
# title: IAM users do not hold full administrative access by any route
# description: No policy that applies to the user may contain an Allow statement with Action "*" and Resource "*" -
#   neither its inline policies (UserPolicyList), nor the default version of a managed policy attached to it
#   (AttachedManagedPolicies[*].Document, AWS-managed such as AdministratorAccess or customer-managed), nor an
#   inline or attached policy of a group it belongs to (Groups).
# custom:
#   id: iam_user_no_full_admin
#   severity: high
#   resource_types:
#   - aws.iam.user
#   risk: A user with "*:*" can do anything in the account with long-lived credentials (a password or access
#     keys); administrator access granted through an AWS-managed policy or a group is as complete as an inline one
#     and easier to overlook.
#   remediation:
#     text: Remove the user's administrator access (detach AdministratorAccess, leave the admin group, delete the
#       inline policy) and let administrators assume a role with MFA and short-lived credentials instead.
#     cli: |-
#       aws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
#       aws iam remove-user-from-group --user-name <user> --group-name <admin-group>
#     terraform: '# Remove the aws_iam_user_policy_attachment / aws_iam_user_group_membership that grants
#       administrator access; grant an assumable role instead.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   categories:
#   - identity
package vigil.aws.iam.iam_user_no_full_admin

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

attrs := input.resource.attributes

# grants is the set of {route, attribute, document} a user receives permissions through.
grants contains {"route": sprintf("inline policy %s", [p.PolicyName]), "attribute": sprintf("UserPolicyList[%d]", [i]), "document": p.PolicyDocument} if {
	some i, p in util.array_or_empty(object.get(attrs, "UserPolicyList", []))
}

grants contains {"route": sprintf("attached policy %s", [p.PolicyArn]), "attribute": sprintf("AttachedManagedPolicies[%d]", [i]), "document": p.Document} if {
	some i, p in util.array_or_empty(object.get(attrs, "AttachedManagedPolicies", []))
}

grants contains {"route": sprintf("group %s, inline policy %s", [g.GroupName, p.PolicyName]), "attribute": sprintf("Groups[%d].GroupPolicyList[%d]", [i, j]), "document": p.PolicyDocument} if {
	some i, g in util.array_or_empty(object.get(attrs, "Groups", []))
	some j, p in util.array_or_empty(util.get(g, "GroupPolicyList", []))
}

grants contains {"route": sprintf("group %s, attached policy %s", [g.GroupName, p.PolicyArn]), "attribute": sprintf("Groups[%d].AttachedManagedPolicies[%d]", [i, j]), "document": p.Document} if {
	some i, g in util.array_or_empty(object.get(attrs, "Groups", []))
	some j, p in util.array_or_empty(util.get(g, "AttachedManagedPolicies", []))
}

deny contains result if {
	some grant in grants
	some statement in iam.statements(grant.document)
	iam.full_admin(statement)
	result := {
		"msg": sprintf("IAM user %s has full administrative access (Allow \"*\" on \"*\") through %s", [input.resource.id, grant.route]),
		"evidence": {"attribute": grant.attribute, "route": grant.route, "value": statement},
	}
}
