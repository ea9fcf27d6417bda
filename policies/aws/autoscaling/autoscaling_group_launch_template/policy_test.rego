package vigil.aws.autoscaling.autoscaling_group_launch_template_test

import data.vigil.aws.autoscaling.autoscaling_group_launch_template

group(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.autoscaling.group",
	"id": "app", "uid": "arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:u:autoScalingGroupName/app",
	"name": "app", "tags": {}, "attributes": object.union({"AutoScalingGroupName": "app"}, attributes),
}

deny(attributes) := result if {
	result := autoscaling_group_launch_template.deny with input as {"resource": group(attributes)}
}

test_launch_template_passes if {
	count(deny({"LaunchTemplate": {"LaunchTemplateId": "lt-1", "Version": "$Default"}})) == 0
}

test_mixed_instances_template_passes if {
	count(deny({"MixedInstancesPolicy": {"LaunchTemplate": {"LaunchTemplateSpecification": {"LaunchTemplateId": "lt-1"}}}})) == 0
}

test_launch_configuration_fails if {
	result := deny({"LaunchConfigurationName": "legacy-lc"})
	count(result) == 1
	some r in result
	r.evidence.LaunchConfigurationName == "legacy-lc"
}

test_nothing_known_does_not_fail if {
	count(deny({})) == 0
	count(deny({"LaunchConfigurationName": null})) == 0
}
