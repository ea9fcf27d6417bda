# METADATA
# scope: package
# title: The Cloud Asset Inventory API is enabled
# description: The project must have the service cloudasset.googleapis.com in state ENABLED.
# custom:
#   id: gcp_serviceusage_cloudasset_enabled
#   severity: low
#   resource_types:
#   - gcp.account
#   risk: Without Cloud Asset Inventory in the project its asset history (35 days of changes) is not kept for
#     an investigation.
#   remediation:
#     text: Enable the Cloud Asset Inventory API in the project.
#     cli: |-
#       gcloud services enable cloudasset.googleapis.com --project=<project>
#     terraform: |-
#       resource "google_project_service" "cloudasset" {
#         project = "my-project"
#         service = "cloudasset.googleapis.com"
#       }
#     url: https://cloud.google.com/asset-inventory/docs/monitor-asset-changes
#   categories:
#   - governance
package vigil.gcp.serviceusage.gcp_serviceusage_cloudasset_enabled

enabled if {
	some s in object.get(object.get(input, "account_resources", {}), "gcp.serviceusage.service", [])
	object.get(object.get(s.attributes, "config", {}), "name", "") == "cloudasset.googleapis.com"
	s.attributes.state == "ENABLED"
}

deny contains result if {
	not enabled
	result := {
		"msg": sprintf("Project %s does not have the Cloud Asset Inventory API (cloudasset.googleapis.com) enabled", [input.resource.id]),
		"evidence": {"service": "cloudasset.googleapis.com"},
	}
}
