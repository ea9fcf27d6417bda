# METADATA
# scope: package
# title: A delegated administrator manages the organization's policies
# description: Organizations DescribeResourcePolicy returns a resource delegation policy (ResourcePolicy is null when
#   it answers ResourcePolicyNotFoundException) with an Allow statement whose Principal names AWS accounts or
#   roles (not "*") and whose Action covers at least one policy management action (CreatePolicy, UpdatePolicy,
#   DeletePolicy, AttachPolicy, DetachPolicy, EnablePolicyType, DisablePolicyType; wildcards such as
#   organizations:* count).
# custom:
#   id: organizations_policy_management_delegated
#   severity: low
#   resource_types:
#   - aws.organizations.governance
#   risk: Without a delegated administrator for policies, every SCP, RCP, tag or backup policy change needs a
#     session in the management account, the one account SCPs cannot restrict; more people and pipelines then
#     hold management-account access than the organization needs.
#   remediation:
#     text: Attach a resource delegation policy in AWS Organizations (Settings, Delegated administrator for AWS
#       Organizations) that lets a security or platform account manage the organization's policies.
#     cli: aws organizations put-resource-policy --content file://delegation-policy.json
#     terraform: |
#       resource "aws_organizations_resource_policy" "delegation" {
#         content = data.aws_iam_policy_document.delegate_policy_management.json
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs-policy-delegate.html
#   categories:
#   - governance
package vigil.aws.organizations.organizations_policy_management_delegated

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

management_actions := ["organizations:createpolicy", "organizations:updatepolicy", "organizations:deletepolicy",
	"organizations:attachpolicy", "organizations:detachpolicy", "organizations:enablepolicytype",
	"organizations:disablepolicytype"]

delegating(st) if {
	st.Effect == "Allow"
	is_object(st.Principal)
	count(util.as_list(object.get(st.Principal, "AWS", []))) > 0
	not iam.public_principal(st.Principal)
	some action in util.as_list(st.Action)
	some wanted in management_actions
	glob.match(lower(action), [":"], wanted)
}

delegating(st) if {
	st.Effect == "Allow"
	not iam.public_principal(st.Principal)
	is_object(st.Principal)
	count(util.as_list(object.get(st.Principal, "AWS", []))) > 0
	"*" in util.as_list(st.Action)
}

deny contains result if {
	util.has_key(input.resource.attributes, "ResourcePolicy")
	input.resource.attributes.ResourcePolicy == null
	result := {
		"msg": sprintf("Organization of management account %s has no resource delegation policy", [input.resource.account_id]),
		"evidence": {"ResourcePolicy": null},
	}
}

deny contains result if {
	policy := input.resource.attributes.ResourcePolicy
	is_object(policy)
	count([st | some st in iam.statements(policy); delegating(st)]) == 0
	result := {
		"msg": sprintf("The resource delegation policy of the organization of management account %s delegates no policy management action", [input.resource.account_id]),
		"evidence": {"ResourcePolicy": policy},
	}
}
