# METADATA
# scope: package
# title: WAF web ACLs that allow by default have at least one rule or rule group
# description: FAIL when WebACL.DefaultAction has Allow and WebACL.Rules is missing or empty (an empty ACL that blocks
#   by default is not judged here).
# custom:
#   id: wafv2_webacl_with_rules
#   severity: medium
#   resource_types:
#   - aws.wafv2.web_acl
#   risk: A web ACL without rules whose default action is Allow lets every request through; the resources it is
#     associated with look protected while nothing is inspected or blocked.
#   remediation:
#     text: Add rules to the web ACL, for example the AWS managed Core rule set and a rate-based rule, or delete the
#       ACL if it is not needed.
#     cli: aws wafv2 update-web-acl --scope <REGIONAL|CLOUDFRONT> --name <name> --id <id> --lock-token <token>
#       --default-action Allow={} --rules file://rules.json --visibility-config file://visibility.json
#     terraform: |
#       resource "aws_wafv2_web_acl" "acl" {
#         rule {
#           name     = "common"
#           priority = 0
#           override_action { none {} }
#           statement {
#             managed_rule_group_statement {
#               vendor_name = "AWS"
#               name        = "AWSManagedRulesCommonRuleSet"
#             }
#           }
#           visibility_config { ... }
#         }
#       }
#     url: https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.wafv2.wafv2_webacl_with_rules

deny contains result if {
	acl := input.resource.attributes.WebACL
	is_object(acl.DefaultAction.Allow)
	count(object.get(acl, "Rules", [])) == 0
	result := {
		"msg": sprintf("WAF web ACL %s has no rules and allows every request by default", [input.resource.name]),
		"evidence": {"DefaultAction": acl.DefaultAction, "Rules": object.get(acl, "Rules", null)},
	}
}
