# METADATA
# scope: package
# title: Load balancers have deletion protection enabled
# description: The Attributes entry deletion_protection.enabled must be "true" (a missing entry is AWS's default, false).
# custom:
#   id: elbv2_lb_deletion_protection
#   severity: low
#   resource_types:
#   - aws.elbv2.load_balancer
#   risk: A load balancer deleted by mistake or by an attacker takes the application offline until it is rebuilt
#     and DNS points at the new one.
#   remediation:
#     text: Turn on deletion protection.
#     cli: aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=deletion_protection.enabled,Value=true
#     terraform: |
#       resource "aws_lb" "web" {
#         enable_deletion_protection = true
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection
#   categories:
#   - data-protection
package vigil.aws.elbv2.elbv2_lb_deletion_protection

import data.vigil.lib.aws.util

attribute(key) := found if {
	some entry in util.array_or_empty(input.resource.attributes.Attributes)
	entry.Key == key
	found := entry.Value
}

setting := attribute("deletion_protection.enabled")

setting := "false" if not attribute("deletion_protection.enabled")

deny contains result if {
	setting != "true"
	result := {
		"msg": sprintf("Load balancer %s has deletion protection disabled (deletion_protection.enabled = %s)", [input.resource.name, setting]),
		"evidence": {"attribute": "Attributes", "key": "deletion_protection.enabled", "value": setting},
	}
}
