# METADATA
# scope: package
# title: A log metric and an alert exist for project ownership assignments and changes
# description: An enabled log-based metric must have the filter CIS GCP 2.4 gives (whitespace aside) and an enabled
#   alert policy must have a condition on it (metric.type="logging.googleapis.com/user/<metric>").
# custom:
#   id: gcp_logging_metric_alert_project_ownership
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Without the metric and its alert nobody is told of project ownership assignments and changes — an
#     owner added or removed unnoticed keeps full control of the project.
#   remediation:
#     text: Create the log-based metric with the CIS filter and an alert policy on it that notifies a channel.
#     cli: |-
#       gcloud logging metrics create project-ownership-changes --log-filter='<CIS filter>'
#       gcloud alpha monitoring policies create --policy-from-file=alert.json  # condition on logging.googleapis.com/user/project-ownership-changes
#     terraform: |-
#       resource "google_logging_metric" "project_ownership" {
#         name   = "project-ownership-changes"
#         filter = "<CIS filter, see the policy's cis_filter>"
#         metric_descriptor {
#           metric_kind = "DELTA"
#           value_type  = "INT64"
#         }
#       }
#       resource "google_monitoring_alert_policy" "project_ownership" {
#         display_name = "Project ownership changes"
#         combiner     = "OR"
#         conditions {
#           display_name = "Project ownership changes"
#           condition_threshold {
#             filter     = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.project_ownership.name}\" AND resource.type=\"global\""
#             comparison = "COMPARISON_GT"
#             duration   = "0s"
#           }
#         }
#         notification_channels = [google_monitoring_notification_channel.security.id]
#       }
#     url: https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts
#   categories:
#   - logging
package vigil.gcp.logging.gcp_logging_metric_alert_project_ownership

import data.vigil.lib.gcp.logging

cis_filter := `(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")`

deny contains result if {
	resources := object.get(input, "account_resources", {})
	problem := logging.problem(resources, cis_filter)
	result := {
		"msg": sprintf("Project %s: %s for project ownership assignments and changes (CIS GCP 2.4)", [input.resource.id, problem]),
		"evidence": {"cis_filter": cis_filter, "metrics": logging.metrics(resources, cis_filter)},
	}
}
