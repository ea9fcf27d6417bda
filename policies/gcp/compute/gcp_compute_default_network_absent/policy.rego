# METADATA
# scope: package
# title: The default network does not exist
# description: No VPC network named default may exist in the project.
# custom:
#   id: gcp_compute_default_network_absent
#   severity: medium
#   resource_types:
#   - gcp.compute.network
#   risk: The default network is auto-mode with pre-populated permissive firewall rules and no planned
#     address space.
#   remediation:
#     text: Create custom-mode networks for workloads and delete the default network.
#     cli: |-
#       gcloud compute networks delete default --project=<project>
#     terraform: |-
#       resource "google_compute_network" "main" {
#         name                    = "vpc-main"
#         auto_create_subnetworks = false
#       }
#     url: https://cloud.google.com/vpc/docs/vpc#default-network
#   categories:
#   - network
package vigil.gcp.compute.gcp_compute_default_network_absent


deny contains result if {
	input.resource.attributes.name == "default"
	result := {
		"msg": sprintf("Project %s still has the default network", [input.resource.account_id]),
		"evidence": {"attribute": "name", "value": "default"},
	}
}
