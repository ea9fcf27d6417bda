# METADATA
# scope: package
# title: Classic Load Balancer TLS listeners refuse SSLv3, TLS 1.0 and TLS 1.1
# description: For every listener with Protocol HTTPS or SSL, no policy it names (PolicyNames) may be a
#   PolicyDescriptions entry with PolicyTypeName SSLNegotiationPolicyType whose PolicyAttributeDescriptions set
#   Protocol-SSLv3, Protocol-TLSv1 or Protocol-TLSv1.1 to "true".
# custom:
#   id: elb_lb_tls_policy_secure
#   severity: high
#   resource_types:
#   - aws.elb.load_balancer
#   risk: SSLv3, TLS 1.0 and TLS 1.1 have known weaknesses (POODLE, BEAST, weak CBC ciphers) and are disallowed by
#     PCI DSS; a client can be downgraded to them and its traffic attacked.
#   remediation:
#     text: Create an SSL negotiation policy from ELBSecurityPolicy-TLS-1-2-2017-01 and set it on the listener.
#     cli: |-
#       aws elb create-load-balancer-policy --load-balancer-name <lb> --policy-name tls12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01
#       aws elb set-load-balancer-policies-of-listener --load-balancer-name <lb> --load-balancer-port 443 --policy-names tls12
#     terraform: |
#       resource "aws_load_balancer_policy" "tls12" {
#         load_balancer_name = aws_elb.legacy.name
#         policy_name        = "tls12"
#         policy_type_name   = "SSLNegotiationPolicyType"
#         policy_attribute {
#           name  = "Reference-Security-Policy"
#           value = "ELBSecurityPolicy-TLS-1-2-2017-01"
#         }
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html
#   categories:
#   - encryption
package vigil.aws.elb.elb_lb_tls_policy_secure

import data.vigil.lib.aws.util

legacy_protocols := {"Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"}

policies := {p.PolicyName: p |
	some p in util.array_or_empty(input.resource.attributes.PolicyDescriptions)
	p.PolicyTypeName == "SSLNegotiationPolicyType"
}

deny contains result if {
	some description in util.array_or_empty(input.resource.attributes.ListenerDescriptions)
	upper(description.Listener.Protocol) in {"HTTPS", "SSL"}
	some name in util.array_or_empty(object.get(description, "PolicyNames", []))
	policy := policies[name]
	enabled := sort([a.AttributeName |
		some a in util.array_or_empty(object.get(policy, "PolicyAttributeDescriptions", []))
		a.AttributeName in legacy_protocols
		a.AttributeValue == "true"
	])
	count(enabled) > 0
	result := {
		"msg": sprintf("Classic Load Balancer %s listener on port %d uses policy %s, which enables %s", [input.resource.name, description.Listener.LoadBalancerPort, name, concat(", ", enabled)]),
		"evidence": {"PolicyName": name, "enabled": enabled},
	}
}
