# METADATA
# scope: package
# title: A log metric and an alert exist for custom role changes
# description: An enabled log-based metric must have the filter CIS GCP 2.6 gives (whitespace aside) and an enabled
#   alert policy must have a condition on it (metric.type="logging.googleapis.com/user/<metric>").
# custom:
#   id: gcp_logging_metric_alert_custom_role
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Without the metric and its alert nobody is told of custom role changes — a custom role widened
#     unnoticed grants permissions nobody reviewed.
#   remediation:
#     text: Create the log-based metric with the CIS filter and an alert policy on it that notifies a channel.
#     cli: |-
#       gcloud logging metrics create custom-role-changes --log-filter='<CIS filter>'
#       gcloud alpha monitoring policies create --policy-from-file=alert.json  # condition on logging.googleapis.com/user/custom-role-changes
#     terraform: |-
#       resource "google_logging_metric" "custom_role" {
#         name   = "custom-role-changes"
#         filter = "<CIS filter, see the policy's cis_filter>"
#         metric_descriptor {
#           metric_kind = "DELTA"
#           value_type  = "INT64"
#         }
#       }
#       resource "google_monitoring_alert_policy" "custom_role" {
#         display_name = "Custom role changes"
#         combiner     = "OR"
#         conditions {
#           display_name = "Custom role changes"
#           condition_threshold {
#             filter     = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.custom_role.name}\" AND resource.type=\"global\""
#             comparison = "COMPARISON_GT"
#             duration   = "0s"
#           }
#         }
#         notification_channels = [google_monitoring_notification_channel.security.id]
#       }
#     url: https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts
#   categories:
#   - logging
package vigil.gcp.logging.gcp_logging_metric_alert_custom_role

import data.vigil.lib.gcp.logging

cis_filter := `resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")`

deny contains result if {
	resources := object.get(input, "account_resources", {})
	problem := logging.problem(resources, cis_filter)
	result := {
		"msg": sprintf("Project %s: %s for custom role changes (CIS GCP 2.6)", [input.resource.id, problem]),
		"evidence": {"cis_filter": cis_filter, "metrics": logging.metrics(resources, cis_filter)},
	}
}
