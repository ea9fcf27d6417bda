# METADATA
# scope: package
# title: GKE clusters do not issue client certificates
# description: masterAuth.clientCertificateConfig.issueClientCertificate must not be true.
# custom:
#   id: gcp_container_cluster_client_cert_disabled
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: A client certificate grants cluster access that cannot be revoked short of rotating the cluster CA.
#   remediation:
#     text: Recreate the cluster without a client certificate and authenticate with Google identities.
#     cli: |-
#       gcloud container clusters create <cluster> --location=<location> --no-issue-client-certificate
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
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#restrict_authn_methods
#   categories:
#   - identity
package vigil.gcp.container.gcp_container_cluster_client_cert_disabled

issued := object.get(object.get(object.get(input.resource.attributes, "masterAuth", {}), "clientCertificateConfig", {}), "issueClientCertificate", false)

deny contains result if {
	issued == true
	result := {
		"msg": sprintf("GKE cluster %s issues a client certificate", [input.resource.id]),
		"evidence": {"attribute": "masterAuth.clientCertificateConfig.issueClientCertificate", "value": issued},
	}
}
