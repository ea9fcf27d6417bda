# METADATA
# scope: package
# title: Auto Scaling groups span more than one Availability Zone
# description: The AvailabilityZones list of an Auto Scaling group must hold at least two distinct zones.
# custom:
#   id: autoscaling_group_multiple_az
#   severity: medium
#   resource_types:
#   - aws.autoscaling.group
#   risk: A single-zone group goes down with its zone; the group cannot rebalance capacity to a healthy zone.
#   remediation:
#     text: Add subnets in at least one more Availability Zone to the group.
#     cli: aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --vpc-zone-identifier
#       "<subnet-a>,<subnet-b>"
#     terraform: |
#       resource "aws_autoscaling_group" "app" {
#         vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]
#       }
#     url: https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html
#   categories:
#   - compute
package vigil.aws.autoscaling.autoscaling_group_multiple_az

zones := {z | some z in input.resource.attributes.AvailabilityZones}

deny contains result if {
	is_array(input.resource.attributes.AvailabilityZones)
	count(zones) < 2
	result := {
		"msg": sprintf("Auto Scaling group %s spans %d Availability Zone(s): %v", [input.resource.id, count(zones), sort(zones)]),
		"evidence": {"AvailabilityZones": input.resource.attributes.AvailabilityZones},
	}
}
