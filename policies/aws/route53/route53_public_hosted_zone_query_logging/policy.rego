# METADATA
# scope: package
# title: Public Route 53 hosted zones log DNS queries
# description: Public zones only (Config.PrivateZone not true). FAIL when QueryLoggingConfigs (ListQueryLoggingConfigs
#   for the zone) is null or empty.
# custom:
#   id: route53_public_hosted_zone_query_logging
#   severity: low
#   resource_types:
#   - aws.route53.hosted_zone
#   risk: Without query logs there is no record of which names of the zone were resolved, from which resolver
#     locations and with which answers, which hampers investigating DNS-based reconnaissance, exfiltration or
#     subdomain takeover.
#   remediation:
#     text: Create a query logging configuration that sends the zone's queries to a CloudWatch Logs log group in
#       us-east-1 (with a resource policy allowing route53.amazonaws.com to write to it).
#     cli: aws route53 create-query-logging-config --hosted-zone-id <zone-id>
#       --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:<account>:log-group:/aws/route53/<zone>
#     terraform: |
#       resource "aws_route53_query_log" "zone" {
#         zone_id                  = aws_route53_zone.public.zone_id
#         cloudwatch_log_group_arn = aws_cloudwatch_log_group.route53.arn
#       }
#     url: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html
#   categories:
#   - logging
package vigil.aws.route53.route53_public_hosted_zone_query_logging

deny contains result if {
	not input.resource.attributes.Config.PrivateZone == true
	configs := input.resource.attributes.QueryLoggingConfigs
	not logged(configs)
	result := {
		"msg": sprintf("Public hosted zone %s does not log DNS queries", [input.resource.name]),
		"evidence": {"QueryLoggingConfigs": configs},
	}
}

logged(configs) if {
	is_array(configs)
	count(configs) > 0
}
