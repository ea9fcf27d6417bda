package vigil.aws.elbv2.elbv2_lb_tls_policy_secure_test

import data.vigil.aws.elbv2.elbv2_lb_tls_policy_secure

lb(listeners) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elbv2",
	"type": "aws.elbv2.load_balancer", "id": "web", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/0123456789abcdef",
	"name": "web", "tags": {}, "attributes": {"LoadBalancerName": "web", "Type": "application", "Listeners": listeners},
}

listener(port, protocol, policy) := {"ListenerArn": sprintf("l-%d", [port]), "Port": port, "Protocol": protocol, "SslPolicy": policy}

findings(listeners) := result if {
	result := elbv2_lb_tls_policy_secure.deny with input as {"resource": lb(listeners)}
}

test_modern_policies_pass if {
	count(findings([
		listener(443, "HTTPS", "ELBSecurityPolicy-TLS13-1-2-2021-06"), listener(8443, "HTTPS", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"),
		listener(9443, "HTTPS", "ELBSecurityPolicy-FS-1-2-Res-2020-10"), listener(10443, "HTTPS", "ELBSecurityPolicy-TLS13-1-3-2021-06"),
	])) == 0
}

test_default_2016_policy_fails if {
	result := findings([listener(443, "HTTPS", "ELBSecurityPolicy-2016-08")])
	count(result) == 1
	some r in result
	r.evidence.SslPolicy == "ELBSecurityPolicy-2016-08"
}

test_legacy_families_fail if {
	count(findings([listener(443, "HTTPS", "ELBSecurityPolicy-TLS13-1-1-2021-06")])) == 1
	count(findings([listener(443, "TLS", "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04")])) == 1
	count(findings([listener(443, "HTTPS", "ELBSecurityPolicy-FS-1-1-2019-08")])) == 1
	count(findings([listener(443, "HTTPS", "ELBSecurityPolicy-TLS-1-1-2017-01")])) == 1
	count(findings([listener(443, "HTTPS", "ELBSecurityPolicy-FS-2018-06")])) == 1
}

test_plain_listeners_not_judged if {
	count(findings([{"Port": 80, "Protocol": "HTTP"}, {"Port": 53, "Protocol": "UDP"}])) == 0
}

test_one_finding_per_weak_listener if {
	count(findings([listener(443, "HTTPS", "ELBSecurityPolicy-2016-08"), listener(8443, "HTTPS", "ELBSecurityPolicy-2015-05")])) == 2
}
