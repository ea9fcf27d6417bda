# METADATA
# scope: package
# title: GKE clusters use Shielded GKE Nodes
# description: shieldedNodes.enabled must be true.
# custom:
#   id: gcp_container_cluster_shielded_nodes
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: Without Shielded GKE Nodes, an attacker who takes over a pod can more easily impersonate a node and
#     its credentials.
#   remediation:
#     text: Enable Shielded GKE Nodes on the cluster (node pools are re-created).
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --enable-shielded-nodes
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
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes
#   categories:
#   - compute
package vigil.gcp.container.gcp_container_cluster_shielded_nodes


deny contains result if {
	object.get(object.get(input.resource.attributes, "shieldedNodes", {}), "enabled", false) != true
	result := {
		"msg": sprintf("GKE cluster %s does not use Shielded GKE Nodes", [input.resource.id]),
		"evidence": {"attribute": "shieldedNodes.enabled", "value": object.get(object.get(input.resource.attributes, "shieldedNodes", {}), "enabled", null)},
	}
}
