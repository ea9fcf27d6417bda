# METADATA
# scope: package
# title: Application load balancers drop invalid HTTP header fields
# description: For Type application, the Attributes entry routing.http.drop_invalid_header_fields.enabled must be "true" (a
#   missing entry is AWS's default, false).
# custom:
#   id: elbv2_alb_drop_invalid_headers
#   severity: medium
#   resource_types:
#   - aws.elbv2.load_balancer
#   risk: Header fields with invalid names reach the targets, where servers that parse them differently can be
#     tricked into request smuggling or header injection.
#   remediation:
#     text: Enable dropping of invalid header fields.
#     cli: aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes
#       Key=routing.http.drop_invalid_header_fields.enabled,Value=true
#     terraform: |
#       resource "aws_lb" "web" {
#         drop_invalid_header_fields = true
#       }
#     url: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
#   categories:
#   - network
package vigil.aws.elbv2.elbv2_alb_drop_invalid_headers

import data.vigil.lib.aws.util

attribute(key) := found if {
	some entry in util.array_or_empty(input.resource.attributes.Attributes)
	entry.Key == key
	found := entry.Value
}

setting := attribute("routing.http.drop_invalid_header_fields.enabled")

setting := "false" if not attribute("routing.http.drop_invalid_header_fields.enabled")

deny contains result if {
	input.resource.attributes.Type in {"application"}
	setting != "true"
	result := {
		"msg": sprintf("Load balancer %s passes invalid HTTP header fields to its targets (routing.http.drop_invalid_header_fields.enabled = %s)", [input.resource.name, setting]),
		"evidence": {"attribute": "Attributes", "key": "routing.http.drop_invalid_header_fields.enabled", "value": setting},
	}
}
