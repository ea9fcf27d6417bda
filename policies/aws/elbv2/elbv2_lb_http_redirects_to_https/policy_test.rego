package vigil.aws.elbv2.elbv2_lb_http_redirects_to_https_test

import data.vigil.aws.elbv2.elbv2_lb_http_redirects_to_https

lb(type, listeners) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elbv2",
	"type": "aws.elbv2.load_balancer", "id": "web", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/0123456789abcdef",
	"name": "web", "tags": {}, "attributes": {"LoadBalancerName": "web", "Type": type, "Listeners": listeners},
}

redirect(protocol) := {"Type": "redirect", "Order": 1, "RedirectConfig": {"Protocol": protocol, "Port": "443", "StatusCode": "HTTP_301"}}

forward := {"Type": "forward", "Order": 1, "TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/1"}

listener(port, protocol, actions) := {"ListenerArn": sprintf("l-%d", [port]), "Port": port, "Protocol": protocol, "DefaultActions": actions}

findings(type, listeners) := result if {
	result := elbv2_lb_http_redirects_to_https.deny with input as {"resource": lb(type, listeners)}
}

test_redirect_passes if {
	count(findings("application", [listener(80, "HTTP", [redirect("HTTPS")]), listener(443, "HTTPS", [forward])])) == 0
}

test_forward_fails if {
	result := findings("application", [listener(80, "HTTP", [forward]), listener(443, "HTTPS", [forward])])
	count(result) == 1
	some r in result
	r.evidence.ListenerArn == "l-80"
}

test_fixed_response_fails if {
	count(findings("application", [listener(8080, "HTTP", [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}])])) == 1
}

test_redirect_to_http_fails if {
	count(findings("application", [listener(80, "HTTP", [redirect("HTTP")])])) == 1
}

test_https_only_passes if {
	count(findings("application", [listener(443, "HTTPS", [forward])])) == 0
}

test_network_load_balancer_not_judged if {
	count(findings("network", [listener(80, "TCP", [forward])])) == 0
}
