# METADATA
# scope: package
# title: EventBridge event bus policies do not allow any account
# description: The bus's resource-based Policy (ListEventBuses, decoded) must not have an Allow statement for
#   Principal "*" (or AWS "*") unless its Condition limits the caller by aws:PrincipalOrgID, aws:PrincipalOrgPaths,
#   aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceOrgID or
#   aws:SourceOrgPaths (key names case-insensitive) under an operator that is not a negation (no "Not" in its
#   name), as for ECR repositories. No policy passes.
# custom:
#   id: eventbridge_bus_policy_not_public
#   severity: high
#   resource_types:
#   - aws.eventbridge.event_bus
#   risk: Any AWS account can put events on the bus - forged events that trigger the account's rules, Lambda
#     functions and automation - or manage rules on it, depending on the actions allowed.
#   remediation:
#     text: Grant named accounts, or limit the "*" principal with an aws:PrincipalOrgID condition so that only
#       accounts of the organization can send events.
#     cli: aws events put-permission --event-bus-name <bus> --policy file://policy.json
#     terraform: |
#       resource "aws_cloudwatch_event_bus_policy" "this" {
#         event_bus_name = aws_cloudwatch_event_bus.this.name
#         policy         = data.aws_iam_policy_document.org_put_events.json
#       }
#     url: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html
#   categories:
#   - public-exposure
package vigil.aws.eventbridge.eventbridge_bus_policy_not_public

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
		"msg": sprintf("EventBridge event bus %s policy allows any account (statement %d, no organization or account condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Policy.Statement[%d]", [i]), "value": statement},
	}
}
