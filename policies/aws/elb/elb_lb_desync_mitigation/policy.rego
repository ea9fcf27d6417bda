# METADATA
# scope: package
# title: Classic Load Balancers use defensive or strictest desync mitigation
# description: The Attributes.AdditionalAttributes entry elb.http.desyncmitigationmode must be defensive or
#   strictest (a missing entry is AWS's default, defensive); monitor fails.
# custom:
#   id: elb_lb_desync_mitigation
#   severity: medium
#   resource_types:
#   - aws.elb.load_balancer
#   risk: In monitor mode the load balancer forwards ambiguous requests that can desynchronise it from its targets,
#     enabling HTTP request smuggling against other users' sessions.
#   remediation:
#     text: Set the desync mitigation mode to defensive (or strictest).
#     cli: aws elb modify-load-balancer-attributes --load-balancer-name <lb> --load-balancer-attributes
#       '{"AdditionalAttributes":[{"Key":"elb.http.desyncmitigationmode","Value":"defensive"}]}'
#     terraform: |
#       resource "aws_elb" "legacy" {
#         desync_mitigation_mode = "defensive"
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html
#   categories:
#   - network
package vigil.aws.elb.elb_lb_desync_mitigation

import data.vigil.lib.aws.util

key := "elb.http.desyncmitigationmode"

configured := found if {
	some entry in util.array_or_empty(util.get(input.resource.attributes.Attributes, "AdditionalAttributes", []))
	entry.Key == key
	found := entry.Value
}

mode := configured

mode := "defensive" if not configured

deny contains result if {
	not mode in {"defensive", "strictest"}
	result := {
		"msg": sprintf("Classic Load Balancer %s uses desync mitigation mode %s", [input.resource.name, mode]),
		"evidence": {"attribute": "Attributes.AdditionalAttributes", "key": key, "value": mode},
	}
}
