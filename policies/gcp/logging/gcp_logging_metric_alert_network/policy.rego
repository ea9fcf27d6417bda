# METADATA
# scope: package
# title: A log metric and an alert exist for VPC network changes
# description: An enabled log-based metric must have the filter CIS GCP 2.9 gives (whitespace aside) and an enabled
#   alert policy must have a condition on it (metric.type="logging.googleapis.com/user/<metric>").
# custom:
#   id: gcp_logging_metric_alert_network
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Without the metric and its alert nobody is told of VPC network changes — a network or peering added
#     unnoticed opens paths into private networks.
#   remediation:
#     text: Create the log-based metric with the CIS filter and an alert policy on it that notifies a channel.
#     cli: |-
#       gcloud logging metrics create network-changes --log-filter='<CIS filter>'
#       gcloud alpha monitoring policies create --policy-from-file=alert.json  # condition on logging.googleapis.com/user/network-changes
#     terraform: |-
#       resource "google_logging_metric" "network" {
#         name   = "network-changes"
#         filter = "<CIS filter, see the policy's cis_filter>"
#         metric_descriptor {
#           metric_kind = "DELTA"
#           value_type  = "INT64"
#         }
#       }
#       resource "google_monitoring_alert_policy" "network" {
#         display_name = "VPC network changes"
#         combiner     = "OR"
#         conditions {
#           display_name = "VPC network changes"
#           condition_threshold {
#             filter     = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.network.name}\" AND resource.type=\"global\""
#             comparison = "COMPARISON_GT"
#             duration   = "0s"
#           }
#         }
#         notification_channels = [google_monitoring_notification_channel.security.id]
#       }
#     url: https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts
#   categories:
#   - logging
package vigil.gcp.logging.gcp_logging_metric_alert_network

import data.vigil.lib.gcp.logging

cis_filter := `resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")`

deny contains result if {
	resources := object.get(input, "account_resources", {})
	problem := logging.problem(resources, cis_filter)
	result := {
		"msg": sprintf("Project %s: %s for VPC network changes (CIS GCP 2.9)", [input.resource.id, problem]),
		"evidence": {"cis_filter": cis_filter, "metrics": logging.metrics(resources, cis_filter)},
	}
}
