# METADATA
# scope: package
# title: Load balancer TLS listeners refuse TLS versions below 1.2
# description: No listener with Protocol HTTPS or TLS may use an SslPolicy of a predefined family that accepts
#   TLS 1.0 or 1.1 - ELBSecurityPolicy-2015-05, -2016-08, -FS-2018-06, and every policy named
#   ELBSecurityPolicy-TLS-1-0-*, -TLS-1-1-*, -FS-1-1-*, -TLS13-1-0-* or -TLS13-1-1-* (FIPS and PQ variants included).
# custom:
#   id: elbv2_lb_tls_policy_secure
#   severity: high
#   resource_types:
#   - aws.elbv2.load_balancer
#   risk: TLS 1.0 and 1.1 have known weaknesses (BEAST, weak CBC ciphers, SHA-1) and are disallowed by PCI DSS; a
#     client can be downgraded to them and its traffic attacked.
#   remediation:
#     text: Switch the listener to a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06.
#     cli: aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06
#     terraform: |
#       resource "aws_lb_listener" "https" {
#         ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
#   categories:
#   - encryption
package vigil.aws.elbv2.elbv2_lb_tls_policy_secure

legacy_exact := {"ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-FS-2018-06"}

legacy_prefixes := [
	"ELBSecurityPolicy-TLS-1-0-", "ELBSecurityPolicy-TLS-1-1-", "ELBSecurityPolicy-FS-1-1-",
	"ELBSecurityPolicy-TLS13-1-0-", "ELBSecurityPolicy-TLS13-1-1-",
]

legacy(policy) if policy in legacy_exact

legacy(policy) if {
	some prefix in legacy_prefixes
	startswith(policy, prefix)
}

deny contains result if {
	some listener in input.resource.attributes.Listeners
	listener.Protocol in {"HTTPS", "TLS"}
	legacy(listener.SslPolicy)
	result := {
		"msg": sprintf("Load balancer %s listener on port %d uses %s, which accepts TLS below 1.2", [input.resource.name, listener.Port, listener.SslPolicy]),
		"evidence": {"ListenerArn": object.get(listener, "ListenerArn", null), "SslPolicy": listener.SslPolicy},
	}
}
