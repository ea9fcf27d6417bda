# METADATA
# scope: package
# title: Application load balancers redirect HTTP to HTTPS
# description: For a load balancer with Type application, every listener with Protocol HTTP must have a default
#   action with Type redirect and RedirectConfig.Protocol HTTPS. Listener rules are not read; a forward or
#   fixed-response default action fails.
# custom:
#   id: elbv2_lb_http_redirects_to_https
#   severity: medium
#   resource_types:
#   - aws.elbv2.load_balancer
#   risk: Traffic served over plain HTTP can be read and altered in transit; sessions, credentials and the content
#     itself are exposed to anyone on the network path.
#   remediation:
#     text: Change the HTTP listener's default action to a permanent redirect to HTTPS on port 443.
#     cli: aws elbv2 modify-listener --listener-arn <listener-arn> --default-actions
#       'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'
#     terraform: |
#       resource "aws_lb_listener" "http" {
#         load_balancer_arn = aws_lb.web.arn
#         port              = 80
#         protocol          = "HTTP"
#         default_action {
#           type = "redirect"
#           redirect {
#             port        = "443"
#             protocol    = "HTTPS"
#             status_code = "HTTP_301"
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
#   categories:
#   - encryption
#   - network
package vigil.aws.elbv2.elbv2_lb_http_redirects_to_https

import data.vigil.lib.aws.util

redirects_to_https(listener) if {
	some action in util.array_or_empty(object.get(listener, "DefaultActions", []))
	action.Type == "redirect"
	action.RedirectConfig.Protocol == "HTTPS"
}

deny contains result if {
	input.resource.attributes.Type == "application"
	some listener in input.resource.attributes.Listeners
	listener.Protocol == "HTTP"
	not redirects_to_https(listener)
	result := {
		"msg": sprintf("Application load balancer %s serves HTTP on port %d without redirecting to HTTPS", [input.resource.name, listener.Port]),
		"evidence": {"ListenerArn": object.get(listener, "ListenerArn", null), "DefaultActions": object.get(listener, "DefaultActions", [])},
	}
}
