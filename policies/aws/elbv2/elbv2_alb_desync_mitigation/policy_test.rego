package vigil.aws.elbv2.elbv2_alb_desync_mitigation_test

import data.vigil.aws.elbv2.elbv2_alb_desync_mitigation

lb(type, attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elbv2",
	"type": "aws.elbv2.load_balancer", "id": "web", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/0123456789abcdef",
	"name": "web", "tags": {}, "attributes": {"LoadBalancerName": "web", "Type": type, "Attributes": attributes},
}

attrs(value) := [{"Key": "idle_timeout.timeout_seconds", "Value": "60"}, {"Key": "routing.http.desync_mitigation_mode", "Value": value}]

findings(type, attributes) := result if {
	result := elbv2_alb_desync_mitigation.deny with input as {"resource": lb(type, attributes)}
}

test_good_value_passes if {
	count(findings("application", attrs("defensive"))) == 0
}

test_bad_value_fails if {
	result := findings("application", attrs("monitor"))
	count(result) == 1
	some r in result
	r.evidence.value == "monitor"
}

test_missing_entry_takes_the_aws_default if {
	count(findings("application", [{"Key": "idle_timeout.timeout_seconds", "Value": "60"}])) == 0
}

test_case_0_application if {
	count(findings("application", attrs("strictest"))) == 0
}

test_case_1_network if {
	count(findings("network", attrs("monitor"))) == 0
}
