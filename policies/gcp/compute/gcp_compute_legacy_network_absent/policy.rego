# METADATA
# scope: package
# title: No legacy networks exist
# description: A network with a non-empty IPv4Range (a legacy network) must not exist.
# custom:
#   id: gcp_compute_legacy_network_absent
#   severity: medium
#   resource_types:
#   - gcp.compute.network
#   risk: Legacy networks have a single global range, no subnetworks, no flow logs and no private Google
#     access.
#   remediation:
#     text: Migrate workloads to a custom-mode VPC network and delete the legacy network.
#     cli: |-
#       gcloud compute networks delete <legacy-network> --project=<project>
#     terraform: |-
#       resource "google_compute_network" "main" {
#         name                    = "vpc-main"
#         auto_create_subnetworks = false
#       }
#     url: https://cloud.google.com/vpc/docs/legacy
#   categories:
#   - network
package vigil.gcp.compute.gcp_compute_legacy_network_absent


deny contains result if {
	range := object.get(input.resource.attributes, "IPv4Range", "")
	range != ""
	result := {
		"msg": sprintf("Network %s is a legacy network (%s)", [input.resource.id, range]),
		"evidence": {"attribute": "IPv4Range", "value": range},
	}
}
