# METADATA
# scope: package
# title: Instances block project-wide SSH keys
# description: The instance metadata must set block-project-ssh-keys to true.
# custom:
#   id: gcp_compute_instance_block_project_ssh_keys
#   severity: medium
#   resource_types:
#   - gcp.compute.instance
#   risk: A project-wide SSH key opens every instance of the project to its holder.
#   remediation:
#     text: Set block-project-ssh-keys=true on the instance (or use OS Login).
#     cli: |-
#       gcloud compute instances add-metadata <instance> --zone=<zone> --metadata=block-project-ssh-keys=TRUE
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
#     url: https://cloud.google.com/compute/docs/connect/restrict-ssh-keys
#   categories:
#   - compute
#   - identity
package vigil.gcp.compute.gcp_compute_instance_block_project_ssh_keys

import data.vigil.lib.gcp.util

deny contains result if {
	not util.is_true(util.metadata_value(object.get(input.resource.attributes, "metadata", {}), "block-project-ssh-keys"))
	result := {
		"msg": sprintf("Instance %s accepts project-wide SSH keys", [input.resource.id]),
		"evidence": {"attribute": "metadata.items", "value": "block-project-ssh-keys is not true"},
	}
}
