# METADATA
# scope: package
# title: Classic Load Balancers accept only encrypted listeners
# description: Every ListenerDescriptions[].Listener.Protocol must be HTTPS or SSL (compared case-insensitively);
#   an HTTP or TCP listener fails, since a Classic Load Balancer cannot redirect HTTP to HTTPS itself.
# custom:
#   id: elb_lb_listeners_encrypted
#   severity: medium
#   resource_types:
#   - aws.elb.load_balancer
#   risk: Requests to an HTTP or TCP listener cross the network in clear text, exposing credentials, session
#     tokens and data to interception and tampering.
#   remediation:
#     text: Replace the plain listener with an HTTPS or SSL listener (or migrate to an Application Load Balancer,
#       which can redirect HTTP to HTTPS).
#     cli: |-
#       aws elb create-load-balancer-listeners --load-balancer-name <lb> --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=<cert-arn>
#       aws elb delete-load-balancer-listeners --load-balancer-name <lb> --load-balancer-ports 80
#     terraform: |
#       resource "aws_elb" "legacy" {
#         listener {
#           lb_port            = 443
#           lb_protocol        = "https"
#           instance_port      = 80
#           instance_protocol  = "http"
#           ssl_certificate_id = aws_acm_certificate.site.arn
#         }
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html
#   categories:
#   - encryption
#   - network
package vigil.aws.elb.elb_lb_listeners_encrypted

import data.vigil.lib.aws.util

deny contains result if {
	some description in util.array_or_empty(input.resource.attributes.ListenerDescriptions)
	listener := description.Listener
	not upper(listener.Protocol) in {"HTTPS", "SSL"}
	result := {
		"msg": sprintf("Classic Load Balancer %s has an unencrypted %s listener on port %d", [input.resource.name, listener.Protocol, listener.LoadBalancerPort]),
		"evidence": {"Listener": listener},
	}
}
