# METADATA
# scope: package
# title: Auto Scaling groups behind a load balancer use ELB health checks
# description: A group attached to a load balancer (a non-empty TargetGroupARNs or LoadBalancerNames) must have
#   HealthCheckType "ELB"; groups without a load balancer are not judged.
# custom:
#   id: autoscaling_group_elb_health_check
#   severity: low
#   resource_types:
#   - aws.autoscaling.group
#   risk: With EC2 status checks only, an instance whose application has stopped answering stays in service - the
#     load balancer takes it out of rotation but the group never replaces it, so capacity silently shrinks.
#   remediation:
#     text: Turn on Elastic Load Balancing health checks for the group.
#     cli: aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --health-check-type ELB
#       --health-check-grace-period 300
#     terraform: |
#       resource "aws_autoscaling_group" "app" {
#         health_check_type         = "ELB"
#         health_check_grace_period = 300
#       }
#     url: https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-elb-healthcheck.html
#   categories:
#   - compute
package vigil.aws.autoscaling.autoscaling_group_elb_health_check

import data.vigil.lib.aws.util

attributes := input.resource.attributes

attached := array.concat(util.array_or_empty(util.get(attributes, "TargetGroupARNs", [])), util.array_or_empty(util.get(attributes, "LoadBalancerNames", [])))

deny contains result if {
	count(attached) > 0
	type := util.get(attributes, "HealthCheckType", null)
	is_string(type)
	type != "ELB"
	result := {
		"msg": sprintf("Auto Scaling group %s is behind %d load balancer target(s) but uses %s health checks", [input.resource.id, count(attached), type]),
		"evidence": {"HealthCheckType": type, "TargetGroupARNs": util.get(attributes, "TargetGroupARNs", null), "LoadBalancerNames": util.get(attributes, "LoadBalancerNames", null)},
	}
}
