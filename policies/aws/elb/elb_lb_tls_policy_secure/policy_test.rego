package vigil.aws.elb.elb_lb_tls_policy_secure_test

import data.vigil.aws.elb.elb_lb_tls_policy_secure

clb(listeners, policies) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elb",
	"type": "aws.elb.load_balancer", "id": "legacy", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/legacy",
	"name": "legacy", "tags": {}, "attributes": {"LoadBalancerName": "legacy", "ListenerDescriptions": listeners, "PolicyDescriptions": policies},
}

listener(protocol, port, names) := {"Listener": {"Protocol": protocol, "LoadBalancerPort": port}, "PolicyNames": names}

negotiation(name, tls10, tls11) := {
	"PolicyName": name, "PolicyTypeName": "SSLNegotiationPolicyType",
	"PolicyAttributeDescriptions": [
		{"AttributeName": "Reference-Security-Policy", "AttributeValue": "ELBSecurityPolicy-2016-08"},
		{"AttributeName": "Protocol-SSLv3", "AttributeValue": "false"},
		{"AttributeName": "Protocol-TLSv1", "AttributeValue": tls10},
		{"AttributeName": "Protocol-TLSv1.1", "AttributeValue": tls11},
		{"AttributeName": "Protocol-TLSv1.2", "AttributeValue": "true"},
	],
}

findings(listeners, policies) := result if {
	result := elb_lb_tls_policy_secure.deny with input as {"resource": clb(listeners, policies)}
}

test_tls12_only_passes if {
	count(findings([listener("HTTPS", 443, ["tls12"])], [negotiation("tls12", "false", "false")])) == 0
}

test_tls10_fails if {
	result := findings([listener("HTTPS", 443, ["old"])], [negotiation("old", "true", "true")])
	count(result) == 1
	some r in result
	r.evidence.enabled == ["Protocol-TLSv1", "Protocol-TLSv1.1"]
}

test_tls11_alone_fails if {
	count(findings([listener("SSL", 443, ["old"])], [negotiation("old", "false", "true")])) == 1
}

test_unused_weak_policy_passes if {
	count(findings([listener("HTTPS", 443, ["tls12"])], [negotiation("tls12", "false", "false"), negotiation("old", "true", "true")])) == 0
}

test_other_policy_types_ignored if {
	sticky := {"PolicyName": "sticky", "PolicyTypeName": "LBCookieStickinessPolicyType", "PolicyAttributeDescriptions": [{"AttributeName": "Protocol-TLSv1", "AttributeValue": "true"}]}
	count(findings([listener("HTTPS", 443, ["sticky"])], [sticky])) == 0
}

test_plain_listener_not_judged if {
	count(findings([listener("HTTP", 80, ["old"])], [negotiation("old", "true", "true")])) == 0
}
