# METADATA
# scope: package
# title: A log metric and an alert exist for VPC network route changes
# description: An enabled log-based metric must have the filter CIS GCP 2.8 gives (whitespace aside) and an enabled
#   alert policy must have a condition on it (metric.type="logging.googleapis.com/user/<metric>").
# custom:
#   id: gcp_logging_metric_alert_route
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Without the metric and its alert nobody is told of VPC network route changes — a route changed
#     unnoticed can send traffic through an attacker's appliance.
#   remediation:
#     text: Create the log-based metric with the CIS filter and an alert policy on it that notifies a channel.
#     cli: |-
#       gcloud logging metrics create route-changes --log-filter='<CIS filter>'
#       gcloud alpha monitoring policies create --policy-from-file=alert.json  # condition on logging.googleapis.com/user/route-changes
#     terraform: |-
#       resource "google_logging_metric" "route" {
#         name   = "route-changes"
#         filter = "<CIS filter, see the policy's cis_filter>"
#         metric_descriptor {
#           metric_kind = "DELTA"
#           value_type  = "INT64"
#         }
#       }
#       resource "google_monitoring_alert_policy" "route" {
#         display_name = "VPC route changes"
#         combiner     = "OR"
#         conditions {
#           display_name = "VPC route changes"
#           condition_threshold {
#             filter     = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.route.name}\" AND resource.type=\"global\""
#             comparison = "COMPARISON_GT"
#             duration   = "0s"
#           }
#         }
#         notification_channels = [google_monitoring_notification_channel.security.id]
#       }
#     url: https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts
#   categories:
#   - logging
package vigil.gcp.logging.gcp_logging_metric_alert_route

import data.vigil.lib.gcp.logging

cis_filter := `resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")`

deny contains result if {
	resources := object.get(input, "account_resources", {})
	problem := logging.problem(resources, cis_filter)
	result := {
		"msg": sprintf("Project %s: %s for VPC network route changes (CIS GCP 2.8)", [input.resource.id, problem]),
		"evidence": {"cis_filter": cis_filter, "metrics": logging.metrics(resources, cis_filter)},
	}
}
