# METADATA
# scope: package
# title: A CloudWatch alarm with a confirmed SNS subscriber watches console sign-in without MFA (CIS 5.2)
# description: The account has a multi-region CloudTrail trail that is logging, sends to CloudWatch Logs and records
#   all management events; a metric filter on that log group whose pattern is accepted for CIS 5.2 (see
#   docs/checks-aws.md, "CIS monitoring filters"); a metric alarm in the same region on the filter's metric, with
#   actions enabled, notifying an SNS topic of the account that has at least one confirmed subscription.
# custom:
#   id: cloudwatch_log_metric_filter_sign_in_without_mfa
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: A console sign-in protected by a password alone is the easiest account takeover; without an alarm nobody learns that it happened.
#   remediation:
#     text: Send the multi-region trail to CloudWatch Logs, create the metric filter CIS 5.2 gives on its log
#       group, an alarm on the metric (threshold 1) and an SNS topic with a confirmed subscriber.
#     cli: |-
#       aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ConsoleSigninWithoutMFA --metric-transformations metricName=ConsoleSigninWithoutMFA,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }'
#       aws cloudwatch put-metric-alarm --alarm-name ConsoleSigninWithoutMFA --metric-name ConsoleSigninWithoutMFA --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>
#     terraform: |
#       resource "aws_cloudwatch_log_metric_filter" "sign_in_without_mfa" {
#         name           = "ConsoleSigninWithoutMFA"
#         log_group_name = aws_cloudwatch_log_group.cloudtrail.name
#         pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }"
#         metric_transformation {
#           name      = "ConsoleSigninWithoutMFA"
#           namespace = "CISBenchmark"
#           value     = "1"
#         }
#       }
#       resource "aws_cloudwatch_metric_alarm" "sign_in_without_mfa" {
#         alarm_name          = "ConsoleSigninWithoutMFA"
#         metric_name         = "ConsoleSigninWithoutMFA"
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
package vigil.aws.cloudwatch.cloudwatch_log_metric_filter_sign_in_without_mfa

import data.vigil.lib.aws.monitoring

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	not monitoring.monitored("sign_in_without_mfa")
	result := monitoring.deny_for("sign_in_without_mfa", "Ensure management console sign-in without MFA is monitored")
}
