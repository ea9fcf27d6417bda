# METADATA
# scope: package
# title: GKE clusters enforce network policies
# description: networkPolicy.enabled must be true, or networkConfig.datapathProvider ADVANCED_DATAPATH (GKE
#   Dataplane V2 enforces network policies).
# custom:
#   id: gcp_container_cluster_network_policy
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: Without network policy enforcement every pod can reach every other pod; one compromised pod reaches
#     the whole cluster.
#   remediation:
#     text: Enable network policy enforcement (Calico) or create the cluster with GKE Dataplane V2.
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --update-addons=NetworkPolicy=ENABLED
#       gcloud container clusters update <cluster> --location=<location> --enable-network-policy
#     terraform: |-
#       resource "google_container_cluster" "apps" {
#         name     = "apps"
#         location = "us-central1"
#         release_channel { channel = "REGULAR" }
#         network_policy {
#           enabled  = true
#           provider = "CALICO"
#         }
#         master_auth {
#           client_certificate_config { issue_client_certificate = false }
#         }
#       }
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy
#   categories:
#   - network
package vigil.gcp.container.gcp_container_cluster_network_policy

attributes := input.resource.attributes

enforced if object.get(object.get(attributes, "networkPolicy", {}), "enabled", false) == true

enforced if object.get(object.get(attributes, "networkConfig", {}), "datapathProvider", "") == "ADVANCED_DATAPATH"

deny contains result if {
	not enforced
	result := {
		"msg": sprintf("GKE cluster %s does not enforce network policies", [input.resource.id]),
		"evidence": {"networkPolicy": object.get(attributes, "networkPolicy", null), "datapathProvider": object.get(object.get(attributes, "networkConfig", {}), "datapathProvider", null)},
	}
}
