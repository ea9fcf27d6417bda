package vigil.aws.elbv2.elbv2_alb_drop_invalid_headers_test

import data.vigil.aws.elbv2.elbv2_alb_drop_invalid_headers

lb(type, attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elbv2",
	"type": "aws.elbv2.load_balancer", "id": "web", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/0123456789abcdef",
	"name": "web", "tags": {}, "attributes": {"LoadBalancerName": "web", "Type": type, "Attributes": attributes},
}

attrs(value) := [{"Key": "idle_timeout.timeout_seconds", "Value": "60"}, {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": value}]

findings(type, attributes) := result if {
	result := elbv2_alb_drop_invalid_headers.deny with input as {"resource": lb(type, attributes)}
}

test_good_value_passes if {
	count(findings("application", attrs("true"))) == 0
}

test_bad_value_fails if {
	result := findings("application", attrs("false"))
	count(result) == 1
	some r in result
	r.evidence.value == "false"
}

test_missing_entry_takes_the_aws_default if {
	count(findings("application", [{"Key": "idle_timeout.timeout_seconds", "Value": "60"}])) == 1
}

test_case_0_network if {
	count(findings("network", attrs("false"))) == 0
}
