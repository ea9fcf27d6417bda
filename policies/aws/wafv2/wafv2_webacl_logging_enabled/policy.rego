# METADATA
# scope: package
# title: WAF web ACLs log the requests they inspect
# description: FAIL when LoggingConfiguration is null (GetLoggingConfiguration answered WAFNonexistentItemException) or
#   its LogDestinationConfigs is missing or empty.
# custom:
#   id: wafv2_webacl_logging_enabled
#   severity: medium
#   resource_types:
#   - aws.wafv2.web_acl
#   risk: Without WAF logs there is no record of which requests a web ACL allowed, blocked or counted, so attacks
#     against the protected application cannot be investigated and rule tuning happens blind.
#   remediation:
#     text: Send the web ACL's logs to a CloudWatch Logs log group, S3 bucket or Firehose stream whose name starts
#       with aws-waf-logs-.
#     cli: aws wafv2 put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<destination-arn>
#     terraform: |
#       resource "aws_wafv2_web_acl_logging_configuration" "acl" {
#         resource_arn            = aws_wafv2_web_acl.acl.arn
#         log_destination_configs = [aws_cloudwatch_log_group.aws_waf_logs.arn]
#       }
#     url: https://docs.aws.amazon.com/waf/latest/developerguide/logging.html
#   categories:
#   - logging
package vigil.aws.wafv2.wafv2_webacl_logging_enabled

import data.vigil.lib.aws.util

deny contains result if {
	config := input.resource.attributes.LoggingConfiguration
	not logged(config)
	result := {
		"msg": sprintf("WAF web ACL %s does not log its traffic", [input.resource.name]),
		"evidence": {"LoggingConfiguration": config},
	}
}

logged(config) if {
	count(util.array_or_empty(util.get(config, "LogDestinationConfigs", []))) > 0
}
