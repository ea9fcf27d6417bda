# METADATA
# scope: package
# title: VPC flow logs are enabled on every subnetwork
# description: A PRIVATE (or purpose-less) subnetwork must have logConfig.enable set to true.
# custom:
#   id: gcp_compute_subnet_flow_logs
#   severity: medium
#   resource_types:
#   - gcp.compute.subnetwork
#   risk: Without flow logs there is no record of which hosts talked to which during an incident.
#   remediation:
#     text: Enable flow logs on the subnetwork with full metadata.
#     cli: |-
#       gcloud compute networks subnets update <subnet> --region=<region> --enable-flow-logs --logging-metadata=include-all
#     terraform: |-
#       resource "google_compute_subnetwork" "app" {
#         name          = "app"
#         ip_cidr_range = "10.10.0.0/20"
#         network       = google_compute_network.main.id
#         log_config {
#           aggregation_interval = "INTERVAL_5_SEC"
#           flow_sampling        = 0.5
#           metadata             = "INCLUDE_ALL_METADATA"
#         }
#       }
#     url: https://cloud.google.com/vpc/docs/using-flow-logs
#   categories:
#   - logging
#   - network
package vigil.gcp.compute.gcp_compute_subnet_flow_logs


deny contains result if {
	object.get(input.resource.attributes, "purpose", "PRIVATE") == "PRIVATE"
	not object.get(object.get(input.resource.attributes, "logConfig", {}), "enable", false) == true
	result := {
		"msg": sprintf("Subnetwork %s (%s) has no flow logs", [input.resource.id, input.resource.region]),
		"evidence": {"attribute": "logConfig.enable", "value": object.get(object.get(input.resource.attributes, "logConfig", {}), "enable", null)},
	}
}
