# METADATA
# scope: package
# title: Classic Load Balancers have access logging enabled
# description: Attributes.AccessLog.Enabled (DescribeLoadBalancerAttributes) must be true.
# custom:
#   id: elb_lb_access_logging_enabled
#   severity: medium
#   resource_types:
#   - aws.elb.load_balancer
#   risk: Without access logs there is no record of who called the load balancer, so attacks on the application
#     behind it cannot be investigated.
#   remediation:
#     text: Enable access logs to an S3 bucket that allows the regional Elastic Load Balancing account to write.
#     cli: aws elb modify-load-balancer-attributes --load-balancer-name <lb> --load-balancer-attributes
#       '{"AccessLog":{"Enabled":true,"S3BucketName":"<bucket>","EmitInterval":60}}'
#     terraform: |
#       resource "aws_elb" "legacy" {
#         access_logs {
#           bucket   = aws_s3_bucket.lb_logs.id
#           interval = 60
#           enabled  = true
#         }
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html
#   categories:
#   - logging
package vigil.aws.elb.elb_lb_access_logging_enabled

import data.vigil.lib.aws.util

deny contains result if {
	access_log := util.get(input.resource.attributes.Attributes, "AccessLog", {})
	util.get(access_log, "Enabled", false) != true
	result := {
		"msg": sprintf("Classic Load Balancer %s has access logging disabled", [input.resource.name]),
		"evidence": {"attribute": "Attributes.AccessLog", "value": access_log},
	}
}
