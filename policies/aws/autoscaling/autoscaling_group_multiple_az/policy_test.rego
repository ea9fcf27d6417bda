package vigil.aws.autoscaling.autoscaling_group_multiple_az_test

import data.vigil.aws.autoscaling.autoscaling_group_multiple_az

group(zones) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.autoscaling.group",
	"id": "app", "uid": "arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:u:autoScalingGroupName/app",
	"name": "app", "tags": {}, "attributes": {"AutoScalingGroupName": "app", "AvailabilityZones": zones},
}

deny(zones) := result if {
	result := autoscaling_group_multiple_az.deny with input as {"resource": group(zones)}
}

test_two_zones_pass if {
	count(deny(["eu-west-1a", "eu-west-1b"])) == 0
}

test_one_zone_fails if {
	result := deny(["eu-west-1a"])
	count(result) == 1
	some r in result
	r.evidence.AvailabilityZones == ["eu-west-1a"]
}

test_duplicate_zone_counts_once if {
	count(deny(["eu-west-1a", "eu-west-1a"])) == 1
}

test_empty_list_fails_and_absent_does_not if {
	count(deny([])) == 1
	count(deny(null)) == 0
}
