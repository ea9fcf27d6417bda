# METADATA
# scope: package
# title: WAF web ACLs and their rules publish CloudWatch metrics
# description: FAIL when WebACL.VisibilityConfig.CloudWatchMetricsEnabled is not true, or the VisibilityConfig of an
#   entry of WebACL.Rules has CloudWatchMetricsEnabled not true (one finding naming every such place).
# custom:
#   id: wafv2_webacl_cloudwatch_metrics_enabled
#   severity: low
#   resource_types:
#   - aws.wafv2.web_acl
#   risk: Without CloudWatch metrics a spike in blocked or allowed requests cannot be alarmed on or graphed, so an
#     attack, or a rule that suddenly blocks legitimate traffic, goes unnoticed.
#   remediation:
#     text: Set CloudWatchMetricsEnabled to true in the VisibilityConfig of the web ACL and of each of its rules.
#     cli: aws wafv2 update-web-acl --scope <REGIONAL|CLOUDFRONT> --name <name> --id <id> --lock-token <token>
#       --default-action <action> --rules file://rules.json
#       --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,MetricName=<name>
#     terraform: |
#       resource "aws_wafv2_web_acl" "acl" {
#         visibility_config {
#           cloudwatch_metrics_enabled = true
#           sampled_requests_enabled   = true
#           metric_name                = "acl"
#         }
#       }
#     url: https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html
#   categories:
#   - logging
package vigil.aws.wafv2.wafv2_webacl_cloudwatch_metrics_enabled

acl := input.resource.attributes.WebACL

disabled contains "web ACL" if {
	not metrics_on(acl)
}

disabled contains sprintf("rule %s", [rule.Name]) if {
	some rule in object.get(acl, "Rules", [])
	not metrics_on(rule)
}

metrics_on(x) if {
	x.VisibilityConfig.CloudWatchMetricsEnabled == true
}

deny contains result if {
	is_object(acl)
	count(disabled) > 0
	result := {
		"msg": sprintf("WAF web ACL %s has CloudWatch metrics off for: %s", [input.resource.name, concat(", ", sort(disabled))]),
		"evidence": {"MetricsDisabled": sort(disabled)},
	}
}
