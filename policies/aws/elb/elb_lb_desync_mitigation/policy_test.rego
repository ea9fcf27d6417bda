package vigil.aws.elb.elb_lb_desync_mitigation_test

import data.vigil.aws.elb.elb_lb_desync_mitigation

clb(additional) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elb",
	"type": "aws.elb.load_balancer", "id": "legacy", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/legacy",
	"name": "legacy", "tags": {}, "attributes": {"LoadBalancerName": "legacy", "Attributes": {"AdditionalAttributes": additional}},
}

findings(additional) := result if {
	result := elb_lb_desync_mitigation.deny with input as {"resource": clb(additional)}
}

mode(value) := [{"Key": "elb.http.desyncmitigationmode", "Value": value}]

test_defensive_and_strictest_pass if {
	count(findings(mode("defensive"))) == 0
	count(findings(mode("strictest"))) == 0
}

test_monitor_fails if {
	result := findings(mode("monitor"))
	count(result) == 1
	some r in result
	r.evidence.value == "monitor"
}

test_missing_entry_is_the_default if {
	count(findings([{"Key": "elb.http.other", "Value": "x"}])) == 0
}
