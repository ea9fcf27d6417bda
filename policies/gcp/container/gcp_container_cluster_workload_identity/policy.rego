# METADATA
# scope: package
# title: GKE clusters use Workload Identity Federation
# description: workloadIdentityConfig.workloadPool must be set.
# custom:
#   id: gcp_container_cluster_workload_identity
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: Without Workload Identity, pods use the node service account (or exported keys) and can read the
#     node metadata server.
#   remediation:
#     text: Enable Workload Identity on the cluster and the GKE metadata server on its node pools.
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --workload-pool=<project>.svc.id.goog
#     terraform: |-
#       resource "google_container_cluster" "apps" {
#         name     = "apps"
#         location = "us-central1"
#         enable_legacy_abac = false
#         private_cluster_config {
#           enable_private_nodes    = true
#           enable_private_endpoint = true
#           master_ipv4_cidr_block  = "172.16.0.0/28"
#         }
#         master_authorized_networks_config {
#           cidr_blocks { cidr_block = "10.0.0.0/8" }
#         }
#         workload_identity_config { workload_pool = "my-project.svc.id.goog" }
#         enable_shielded_nodes = true
#       }
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
#   categories:
#   - identity
package vigil.gcp.container.gcp_container_cluster_workload_identity


deny contains result if {
	object.get(object.get(input.resource.attributes, "workloadIdentityConfig", {}), "workloadPool", "") == ""
	result := {
		"msg": sprintf("GKE cluster %s does not use Workload Identity", [input.resource.id]),
		"evidence": {"attribute": "workloadIdentityConfig.workloadPool", "value": null},
	}
}
