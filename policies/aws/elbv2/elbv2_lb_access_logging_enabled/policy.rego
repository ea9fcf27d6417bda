# METADATA
# scope: package
# title: Application and network load balancers have access logging enabled
# description: For Type application or network, the Attributes entry access_logs.s3.enabled must be "true" (a missing entry
#   is AWS's default, false). Gateway load balancers have no access logs and are not judged.
# custom:
#   id: elbv2_lb_access_logging_enabled
#   severity: medium
#   resource_types:
#   - aws.elbv2.load_balancer
#   risk: Without access logs there is no record of who called the load balancer, so attacks on the application
#     behind it cannot be investigated.
#   remediation:
#     text: Enable access logs to an S3 bucket that allows the regional Elastic Load Balancing account to write.
#     cli: aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes
#       Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>
#     terraform: |
#       resource "aws_lb" "web" {
#         access_logs {
#           bucket  = aws_s3_bucket.lb_logs.id
#           enabled = true
#         }
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
#   categories:
#   - logging
package vigil.aws.elbv2.elbv2_lb_access_logging_enabled

import data.vigil.lib.aws.util

attribute(key) := found if {
	some entry in util.array_or_empty(input.resource.attributes.Attributes)
	entry.Key == key
	found := entry.Value
}

setting := attribute("access_logs.s3.enabled")

setting := "false" if not attribute("access_logs.s3.enabled")

deny contains result if {
	input.resource.attributes.Type in {"application", "network"}
	setting != "true"
	result := {
		"msg": sprintf("Load balancer %s has access logging disabled (access_logs.s3.enabled = %s)", [input.resource.name, setting]),
		"evidence": {"attribute": "Attributes", "key": "access_logs.s3.enabled", "value": setting},
	}
}
