# METADATA
# scope: package
# title: GKE control planes have no public endpoint
# description: privateClusterConfig.enablePrivateEndpoint must be true, or
#   controlPlaneEndpointsConfig.ipEndpointsConfig.enablePublicEndpoint false.
# custom:
#   id: gcp_container_cluster_private_endpoint
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: A public control-plane endpoint exposes the Kubernetes API server to the internet (authorized
#     networks narrow it, credentials and API server flaws remain the only barrier).
#   remediation:
#     text: Use the private endpoint only (reach it from the VPC, a bastion or the DNS-based endpoint).
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --enable-private-endpoint
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
#     url: https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation
#   categories:
#   - public-exposure
#   - network
package vigil.gcp.container.gcp_container_cluster_private_endpoint


deny contains result if {
	attrs := input.resource.attributes
	object.get(object.get(attrs, "privateClusterConfig", {}), "enablePrivateEndpoint", false) != true
	ip := object.get(object.get(attrs, "controlPlaneEndpointsConfig", {}), "ipEndpointsConfig", {})
	object.get(ip, "enablePublicEndpoint", true) != false
	result := {
		"msg": sprintf("GKE cluster %s exposes a public control-plane endpoint", [input.resource.id]),
		"evidence": {"attribute": "privateClusterConfig.enablePrivateEndpoint", "value": object.get(object.get(attrs, "privateClusterConfig", {}), "enablePrivateEndpoint", null)},
	}
}
