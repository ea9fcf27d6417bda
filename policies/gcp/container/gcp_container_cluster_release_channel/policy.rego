# METADATA
# scope: package
# title: GKE clusters are enrolled in a release channel
# description: releaseChannel.channel must be RAPID, REGULAR, STABLE or EXTENDED.
# custom:
#   id: gcp_container_cluster_release_channel
#   severity: low
#   resource_types:
#   - gcp.container.cluster
#   risk: A cluster outside a release channel is upgraded only by hand and tends to fall behind on security
#     patches.
#   remediation:
#     text: Enroll the cluster in the REGULAR or STABLE release channel.
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --release-channel=regular
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
#     url: https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels
#   categories:
#   - compute
package vigil.gcp.container.gcp_container_cluster_release_channel

channel := object.get(object.get(input.resource.attributes, "releaseChannel", {}), "channel", "UNSPECIFIED")

deny contains result if {
	not channel in {"RAPID", "REGULAR", "STABLE", "EXTENDED"}
	result := {
		"msg": sprintf("GKE cluster %s is not enrolled in a release channel (%s)", [input.resource.id, channel]),
		"evidence": {"attribute": "releaseChannel.channel", "value": channel},
	}
}
