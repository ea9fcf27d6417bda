# METADATA
# scope: package
# title: A log metric and an alert exist for Cloud Storage IAM permission changes
# description: An enabled log-based metric must have the filter CIS GCP 2.10 gives (whitespace aside) and an
#   enabled alert policy must have a condition on it
#   (metric.type="logging.googleapis.com/user/<metric>").
# custom:
#   id: gcp_logging_metric_alert_storage_iam
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Without the metric and its alert nobody is told of Cloud Storage IAM permission changes — a bucket
#     made readable unnoticed leaks its data.
#   remediation:
#     text: Create the log-based metric with the CIS filter and an alert policy on it that notifies a channel.
#     cli: |-
#       gcloud logging metrics create storage-iam-changes --log-filter='<CIS filter>'
#       gcloud alpha monitoring policies create --policy-from-file=alert.json  # condition on logging.googleapis.com/user/storage-iam-changes
#     terraform: |-
#       resource "google_logging_metric" "storage_iam" {
#         name   = "storage-iam-changes"
#         filter = "<CIS filter, see the policy's cis_filter>"
#         metric_descriptor {
#           metric_kind = "DELTA"
#           value_type  = "INT64"
#         }
#       }
#       resource "google_monitoring_alert_policy" "storage_iam" {
#         display_name = "Cloud Storage IAM permission changes"
#         combiner     = "OR"
#         conditions {
#           display_name = "Cloud Storage IAM permission changes"
#           condition_threshold {
#             filter     = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.storage_iam.name}\" AND resource.type=\"global\""
#             comparison = "COMPARISON_GT"
#             duration   = "0s"
#           }
#         }
#         notification_channels = [google_monitoring_notification_channel.security.id]
#       }
#     url: https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts
#   categories:
#   - logging
package vigil.gcp.logging.gcp_logging_metric_alert_storage_iam

import data.vigil.lib.gcp.logging

cis_filter := `resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"`

deny contains result if {
	resources := object.get(input, "account_resources", {})
	problem := logging.problem(resources, cis_filter)
	result := {
		"msg": sprintf("Project %s: %s for Cloud Storage IAM permission changes (CIS GCP 2.10)", [input.resource.id, problem]),
		"evidence": {"cis_filter": cis_filter, "metrics": logging.metrics(resources, cis_filter)},
	}
}
