# METADATA
# scope: package
# title: A CloudWatch alarm with a confirmed SNS subscriber watches route table changes (CIS 5.13)
# description: The account has a multi-region CloudTrail trail that is logging, sends to CloudWatch Logs and records
#   all management events; a metric filter on that log group whose pattern is accepted for CIS 5.13 (see
#   docs/checks-aws.md, "CIS monitoring filters"); a metric alarm in the same region on the filter's metric, with
#   actions enabled, notifying an SNS topic of the account that has at least one confirmed subscription.
# custom:
#   id: cloudwatch_log_metric_filter_route_table_changes
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: Route changes can send traffic through an attacker-controlled path or out of the network.
#   remediation:
#     text: Send the multi-region trail to CloudWatch Logs, create the metric filter CIS 5.13 gives on its log
#       group, an alarm on the metric (threshold 1) and an SNS topic with a confirmed subscriber.
#     cli: |-
#       aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name RouteTableChanges --metric-transformations metricName=RouteTableChanges,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }'
#       aws cloudwatch put-metric-alarm --alarm-name RouteTableChanges --metric-name RouteTableChanges --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>
#     terraform: |
#       resource "aws_cloudwatch_log_metric_filter" "route_table_changes" {
#         name           = "RouteTableChanges"
#         log_group_name = aws_cloudwatch_log_group.cloudtrail.name
#         pattern        = "{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }"
#         metric_transformation {
#           name      = "RouteTableChanges"
#           namespace = "CISBenchmark"
#           value     = "1"
#         }
#       }
#       resource "aws_cloudwatch_metric_alarm" "route_table_changes" {
#         alarm_name          = "RouteTableChanges"
#         metric_name         = "RouteTableChanges"
#         namespace           = "CISBenchmark"
#         statistic           = "Sum"
#         period              = 300
#         threshold           = 1
#         comparison_operator = "GreaterThanOrEqualToThreshold"
#         evaluation_periods  = 1
#         alarm_actions       = [aws_sns_topic.security_alarms.arn]
#       }
#     url: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html
#   categories:
#   - logging
package vigil.aws.cloudwatch.cloudwatch_log_metric_filter_route_table_changes

import data.vigil.lib.aws.monitoring

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	not monitoring.monitored("route_table_changes")
	result := monitoring.deny_for("route_table_changes", "Ensure route table changes are monitored")
}
