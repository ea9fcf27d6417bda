package vigil.aws.autoscaling.autoscaling_group_elb_health_check_test

import data.vigil.aws.autoscaling.autoscaling_group_elb_health_check

group(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.autoscaling.group",
	"id": "app", "uid": "arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:u:autoScalingGroupName/app",
	"name": "app", "tags": {}, "attributes": object.union({"AutoScalingGroupName": "app"}, attributes),
}

deny(attributes) := result if {
	result := autoscaling_group_elb_health_check.deny with input as {"resource": group(attributes)}
}

tg := "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/app/0123456789abcdef"

test_target_group_with_elb_checks_passes if {
	count(deny({"TargetGroupARNs": [tg], "LoadBalancerNames": [], "HealthCheckType": "ELB"})) == 0
}

test_target_group_with_ec2_checks_fails if {
	result := deny({"TargetGroupARNs": [tg], "LoadBalancerNames": [], "HealthCheckType": "EC2"})
	count(result) == 1
	some r in result
	r.evidence.HealthCheckType == "EC2"
}

test_classic_load_balancer_with_ec2_checks_fails if {
	count(deny({"TargetGroupARNs": [], "LoadBalancerNames": ["web"], "HealthCheckType": "EC2"})) == 1
}

test_no_load_balancer_is_not_judged if {
	count(deny({"TargetGroupARNs": [], "LoadBalancerNames": [], "HealthCheckType": "EC2"})) == 0
	count(deny({"HealthCheckType": "EC2"})) == 0
}

test_unknown_type_is_not_judged if {
	count(deny({"TargetGroupARNs": [tg]})) == 0
}
