# METADATA
# scope: package
# title: A role holds AWSSupportAccess for incident handling with AWS Support
# description: The AWS-managed policy arn:aws:iam::aws:policy/AWSSupportAccess must be attached to at least one IAM
#   role (ListEntitiesForPolicy PolicyRoles not empty); attachments to users or groups do not count.
# custom:
#   id: iam_support_role_exists
#   severity: low
#   resource_types:
#   - aws.iam.account
#   risk: Without a dedicated support role, opening and following AWS Support cases during an incident needs
#     broader credentials (often the root user or an administrator), or waits until someone grants access.
#   remediation:
#     text: Create a role that the incident responders (or the identity provider) may assume and attach
#       AWSSupportAccess to it.
#     cli: |-
#       aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json
#       aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess
#     terraform: |
#       resource "aws_iam_role_policy_attachment" "support" {
#         role       = aws_iam_role.support.name
#         policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"
#       }
#     url: https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html
#   categories:
#   - identity
#   - governance
package vigil.aws.iam.iam_support_role_exists

import data.vigil.lib.aws.util

deny contains result if {
	entities := input.resource.attributes.SupportAccessEntities
	is_object(entities)
	count(util.array_or_empty(object.get(entities, "PolicyRoles", []))) == 0
	result := {
		"msg": sprintf("Account %s has no IAM role with AWSSupportAccess attached (%d users, %d groups hold it)", [input.resource.id, count(util.array_or_empty(object.get(entities, "PolicyUsers", []))), count(util.array_or_empty(object.get(entities, "PolicyGroups", [])))]),
		"evidence": {"SupportAccessEntities": entities},
	}
}
