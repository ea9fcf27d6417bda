# METADATA
# scope: package
# title: GKE clusters use private nodes
# description: privateClusterConfig.enablePrivateNodes or networkConfig.defaultEnablePrivateNodes must be true.
# custom:
#   id: gcp_container_cluster_private_nodes
#   severity: high
#   resource_types:
#   - gcp.container.cluster
#   risk: Nodes with public IP addresses can be reached from the internet, so every exposed node port or
#     kubelet weakness is one hop away.
#   remediation:
#     text: Create the cluster (or a new node pool) with private nodes; reach the internet through Cloud NAT.
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --enable-private-nodes
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
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters
#   categories:
#   - public-exposure
#   - network
package vigil.gcp.container.gcp_container_cluster_private_nodes


deny contains result if {
	attrs := input.resource.attributes
	object.get(object.get(attrs, "privateClusterConfig", {}), "enablePrivateNodes", false) != true
	object.get(object.get(attrs, "networkConfig", {}), "defaultEnablePrivateNodes", false) != true
	result := {
		"msg": sprintf("GKE cluster %s has nodes with public IP addresses", [input.resource.id]),
		"evidence": {"attribute": "privateClusterConfig.enablePrivateNodes", "value": object.get(object.get(attrs, "privateClusterConfig", {}), "enablePrivateNodes", null)},
	}
}
