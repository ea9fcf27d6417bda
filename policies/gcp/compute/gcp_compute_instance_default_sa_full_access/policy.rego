# METADATA
# scope: package
# title: Instances do not use the default service account with full API access
# description: An instance must not run as the Compute Engine default service account with the
#   cloud-platform scope.
# custom:
#   id: gcp_compute_instance_default_sa_full_access
#   severity: high
#   resource_types:
#   - gcp.compute.instance
#   risk: The default service account is Editor on the project; with full scope any process on the VM
#     can change the whole project.
#   remediation:
#     text: Run the instance as a dedicated service account with the roles it needs.
#     cli: |-
#       gcloud compute instances set-service-account <instance> --zone=<zone> --service-account=<sa-email> --scopes=cloud-platform
#     terraform: |-
#       resource "google_compute_instance" "app" {
#         name         = "app"
#         machine_type = "e2-medium"
#         metadata     = { block-project-ssh-keys = "true" }
#         shielded_instance_config {
#           enable_vtpm                 = true
#           enable_integrity_monitoring = true
#         }
#         network_interface { subnetwork = google_compute_subnetwork.app.id } # no access_config
#         service_account {
#           email  = google_service_account.app.email
#           scopes = ["cloud-platform"]
#         }
#       }
#     url: https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
#   categories:
#   - compute
#   - identity
package vigil.gcp.compute.gcp_compute_instance_default_sa_full_access


deny contains result if {
	some i, sa in object.get(input.resource.attributes, "serviceAccounts", [])
	endswith(sa.email, "-compute@developer.gserviceaccount.com")
	"https://www.googleapis.com/auth/cloud-platform" in object.get(sa, "scopes", [])
	result := {
		"msg": sprintf("Instance %s runs as the default service account %s with full API access", [input.resource.id, sa.email]),
		"evidence": {"attribute": sprintf("serviceAccounts[%d]", [i]), "value": sa},
	}
}
