# METADATA
# scope: package
# title: Application load balancers use defensive or strictest desync mitigation
# description: For Type application, the Attributes entry routing.http.desync_mitigation_mode must be defensive or strictest
#   (a missing entry is AWS's default, defensive); monitor fails.
# custom:
#   id: elbv2_alb_desync_mitigation
#   severity: medium
#   resource_types:
#   - aws.elbv2.load_balancer
#   risk: In monitor mode the load balancer forwards ambiguous requests that can desynchronise it from its targets,
#     enabling HTTP request smuggling against other users' sessions.
#   remediation:
#     text: Set the desync mitigation mode to defensive (or strictest).
#     cli: aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes
#       Key=routing.http.desync_mitigation_mode,Value=defensive
#     terraform: |
#       resource "aws_lb" "web" {
#         desync_mitigation_mode = "defensive"
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode
#   categories:
#   - network
package vigil.aws.elbv2.elbv2_alb_desync_mitigation

import data.vigil.lib.aws.util

attribute(key) := found if {
	some entry in util.array_or_empty(input.resource.attributes.Attributes)
	entry.Key == key
	found := entry.Value
}

setting := attribute("routing.http.desync_mitigation_mode")

setting := "defensive" if not attribute("routing.http.desync_mitigation_mode")

deny contains result if {
	input.resource.attributes.Type in {"application"}
	not setting in {"defensive", "strictest"}
	result := {
		"msg": sprintf("Load balancer %s uses desync mitigation mode %s", [input.resource.name, setting]),
		"evidence": {"attribute": "Attributes", "key": "routing.http.desync_mitigation_mode", "value": setting},
	}
}
