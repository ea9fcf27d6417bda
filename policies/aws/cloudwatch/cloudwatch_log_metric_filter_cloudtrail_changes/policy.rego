# METADATA
# scope: package
# title: A CloudWatch alarm with a confirmed SNS subscriber watches CloudTrail configuration changes (CIS 5.5)
# description: The account has a multi-region CloudTrail trail that is logging, sends to CloudWatch Logs and records
#   all management events; a metric filter on that log group whose pattern is accepted for CIS 5.5 (see
#   docs/checks-aws.md, "CIS monitoring filters"); a metric alarm in the same region on the filter's metric, with
#   actions enabled, notifying an SNS topic of the account that has at least one confirmed subscription.
# custom:
#   id: cloudwatch_log_metric_filter_cloudtrail_changes
#   severity: high
#   resource_types:
#   - aws.account
#   risk: Stopping or changing a trail is how an intruder blinds the audit log before acting.
#   remediation:
#     text: Send the multi-region trail to CloudWatch Logs, create the metric filter CIS 5.5 gives on its log
#       group, an alarm on the metric (threshold 1) and an SNS topic with a confirmed subscriber.
#     cli: |-
#       aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name CloudTrailChanges --metric-transformations metricName=CloudTrailChanges,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'
#       aws cloudwatch put-metric-alarm --alarm-name CloudTrailChanges --metric-name CloudTrailChanges --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>
#     terraform: |
#       resource "aws_cloudwatch_log_metric_filter" "cloudtrail_changes" {
#         name           = "CloudTrailChanges"
#         log_group_name = aws_cloudwatch_log_group.cloudtrail.name
#         pattern        = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"
#         metric_transformation {
#           name      = "CloudTrailChanges"
#           namespace = "CISBenchmark"
#           value     = "1"
#         }
#       }
#       resource "aws_cloudwatch_metric_alarm" "cloudtrail_changes" {
#         alarm_name          = "CloudTrailChanges"
#         metric_name         = "CloudTrailChanges"
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
package vigil.aws.cloudwatch.cloudwatch_log_metric_filter_cloudtrail_changes

import data.vigil.lib.aws.monitoring

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	not monitoring.monitored("cloudtrail_changes")
	result := monitoring.deny_for("cloudtrail_changes", "Ensure CloudTrail configuration changes are monitored")
}
