package vigil.aws.elb.elb_lb_access_logging_enabled_test

import data.vigil.aws.elb.elb_lb_access_logging_enabled

clb(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elb",
	"type": "aws.elb.load_balancer", "id": "legacy", "uid": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/legacy",
	"name": "legacy", "tags": {}, "attributes": {"LoadBalancerName": "legacy", "Attributes": attributes},
}

findings(attributes) := result if {
	result := elb_lb_access_logging_enabled.deny with input as {"resource": clb(attributes)}
}

test_enabled_passes if {
	count(findings({"AccessLog": {"Enabled": true, "S3BucketName": "logs", "EmitInterval": 60}})) == 0
}

test_disabled_fails if {
	result := findings({"AccessLog": {"Enabled": false}})
	count(result) == 1
	some r in result
	r.evidence.value == {"Enabled": false}
}

test_missing_access_log_fails if {
	count(findings({"CrossZoneLoadBalancing": {"Enabled": true}})) == 1
}
