# METADATA
# scope: package
# title: Interactive serial port access is disabled
# description: The instance metadata must not set serial-port-enable to true.
# custom:
#   id: gcp_compute_instance_serial_port_disabled
#   severity: medium
#   resource_types:
#   - gcp.compute.instance
#   risk: The interactive serial console accepts connections from any IP address and is not governed by
#     firewall rules.
#   remediation:
#     text: Remove serial-port-enable or set it to false.
#     cli: |-
#       gcloud compute instances add-metadata <instance> --zone=<zone> --metadata=serial-port-enable=FALSE
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
#     url: https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console
#   categories:
#   - compute
package vigil.gcp.compute.gcp_compute_instance_serial_port_disabled

import data.vigil.lib.gcp.util

deny contains result if {
	util.is_true(util.metadata_value(object.get(input.resource.attributes, "metadata", {}), "serial-port-enable"))
	result := {
		"msg": sprintf("Instance %s allows interactive serial port access", [input.resource.id]),
		"evidence": {"attribute": "metadata.items", "value": "serial-port-enable is true"},
	}
}
