package vigil.aws.elb.elb_lb_listeners_encrypted_test

import data.vigil.aws.elb.elb_lb_listeners_encrypted

clb(listeners) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elb",
	"type": "aws.elb.load_balancer", "id": "legacy", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/legacy",
	"name": "legacy", "tags": {}, "attributes": {"LoadBalancerName": "legacy", "ListenerDescriptions": listeners},
}

listener(protocol, port) := {"Listener": {"Protocol": protocol, "LoadBalancerPort": port, "InstanceProtocol": "HTTP", "InstancePort": 8080}, "PolicyNames": []}

findings(listeners) := result if {
	result := elb_lb_listeners_encrypted.deny with input as {"resource": clb(listeners)}
}

test_https_and_ssl_pass if {
	count(findings([listener("HTTPS", 443), listener("SSL", 8443), listener("https", 9443)])) == 0
}

test_http_fails if {
	result := findings([listener("HTTPS", 443), listener("HTTP", 80)])
	count(result) == 1
	some r in result
	r.evidence.Listener.LoadBalancerPort == 80
}

test_tcp_fails if {
	count(findings([listener("TCP", 25)])) == 1
}

test_no_listeners_pass if {
	count(findings([])) == 0
}
