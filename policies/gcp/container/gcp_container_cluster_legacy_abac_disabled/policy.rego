# METADATA
# scope: package
# title: GKE clusters have legacy ABAC disabled
# description: legacyAbac.enabled must not be true.
# custom:
#   id: gcp_container_cluster_legacy_abac_disabled
#   severity: high
#   resource_types:
#   - gcp.container.cluster
#   risk: Legacy ABAC grants broad, static permissions outside Kubernetes RBAC; any workload or user it covers
#     can act cluster-wide.
#   remediation:
#     text: Disable legacy authorization and grant access with RBAC and IAM.
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --no-enable-legacy-authorization
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
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110
#   categories:
#   - identity
package vigil.gcp.container.gcp_container_cluster_legacy_abac_disabled


deny contains result if {
	object.get(object.get(input.resource.attributes, "legacyAbac", {}), "enabled", false) == true
	result := {
		"msg": sprintf("GKE cluster %s has legacy ABAC enabled", [input.resource.id]),
		"evidence": {"attribute": "legacyAbac.enabled", "value": true},
	}
}
