# METADATA
# scope: package
# title: A CloudWatch alarm with a confirmed SNS subscriber watches disabling or scheduled deletion of customer-managed KMS keys (CIS 5.7)
# description: The account has a multi-region CloudTrail trail that is logging, sends to CloudWatch Logs and records
#   all management events; a metric filter on that log group whose pattern is accepted for CIS 5.7 (see
#   docs/checks-aws.md, "CIS monitoring filters"); a metric alarm in the same region on the filter's metric, with
#   actions enabled, notifying an SNS topic of the account that has at least one confirmed subscription.
# custom:
#   id: cloudwatch_log_metric_filter_kms_cmk_disable_or_deletion
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: Data encrypted under a disabled or deleted key becomes unreadable; scheduled deletion leaves a short window to cancel it.
#   remediation:
#     text: Send the multi-region trail to CloudWatch Logs, create the metric filter CIS 5.7 gives on its log
#       group, an alarm on the metric (threshold 1) and an SNS topic with a confirmed subscriber.
#     cli: |-
#       aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name DisableOrDeleteCMK --metric-transformations metricName=DisableOrDeleteCMK,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }'
#       aws cloudwatch put-metric-alarm --alarm-name DisableOrDeleteCMK --metric-name DisableOrDeleteCMK --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>
#     terraform: |
#       resource "aws_cloudwatch_log_metric_filter" "kms_cmk_disable_or_deletion" {
#         name           = "DisableOrDeleteCMK"
#         log_group_name = aws_cloudwatch_log_group.cloudtrail.name
#         pattern        = "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }"
#         metric_transformation {
#           name      = "DisableOrDeleteCMK"
#           namespace = "CISBenchmark"
#           value     = "1"
#         }
#       }
#       resource "aws_cloudwatch_metric_alarm" "kms_cmk_disable_or_deletion" {
#         alarm_name          = "DisableOrDeleteCMK"
#         metric_name         = "DisableOrDeleteCMK"
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
package vigil.aws.cloudwatch.cloudwatch_log_metric_filter_kms_cmk_disable_or_deletion

import data.vigil.lib.aws.monitoring

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	not monitoring.monitored("kms_cmk_disable_or_deletion")
	result := monitoring.deny_for("kms_cmk_disable_or_deletion", "Ensure disabling or scheduled deletion of customer created CMKs is monitored")
}
