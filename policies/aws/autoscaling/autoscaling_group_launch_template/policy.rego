# METADATA
# scope: package
# title: Auto Scaling groups use a launch template
# description: An Auto Scaling group must launch from a launch template (LaunchTemplate, or the LaunchTemplate of
#   MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification); a group with a LaunchConfigurationName and no
#   launch template fails.
# custom:
#   id: autoscaling_group_launch_template
#   severity: low
#   resource_types:
#   - aws.autoscaling.group
#   risk: Launch configurations are deprecated, cannot be versioned and miss newer EC2 settings; AWS stops offering
#     new instance types to them, so groups stay on old hardware and settings.
#   remediation:
#     text: Create a launch template from the launch configuration and point the group at it.
#     cli: aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --launch-template
#       LaunchTemplateId=<lt-id>,Version='$Default'
#     terraform: |
#       resource "aws_autoscaling_group" "app" {
#         launch_template {
#           id      = aws_launch_template.app.id
#           version = "$Default"
#         }
#       }
#     url: https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html
#   categories:
#   - compute
#   - governance
package vigil.aws.autoscaling.autoscaling_group_launch_template

import data.vigil.lib.aws.util

attributes := input.resource.attributes

mixed_template := util.get(util.get(util.get(attributes, "MixedInstancesPolicy", {}), "LaunchTemplate", {}), "LaunchTemplateSpecification", null)

has_template if is_object(util.get(attributes, "LaunchTemplate", null))

has_template if is_object(mixed_template)

deny contains result if {
	name := util.get(attributes, "LaunchConfigurationName", null)
	is_string(name)
	name != ""
	not has_template
	result := {
		"msg": sprintf("Auto Scaling group %s launches from launch configuration %s, not a launch template", [input.resource.id, name]),
		"evidence": {"LaunchConfigurationName": name},
	}
}
