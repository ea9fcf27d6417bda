# METADATA
# scope: package
# title: Instances run as Shielded VMs with vTPM and integrity monitoring
# description: shieldedInstanceConfig.enableVtpm and shieldedInstanceConfig.enableIntegrityMonitoring
#   must both be true.
# custom:
#   id: gcp_compute_instance_shielded_vm
#   severity: medium
#   resource_types:
#   - gcp.compute.instance
#   risk: Without measured boot and integrity monitoring, boot-level malware and rootkits go undetected.
#   remediation:
#     text: Stop the instance, enable vTPM and integrity monitoring, and start it again.
#     cli: |-
#       gcloud compute instances update <instance> --zone=<zone> --shielded-vtpm --shielded-integrity-monitoring
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
#     url: https://cloud.google.com/compute/shielded-vm/docs/shielded-vm
#   categories:
#   - compute
package vigil.gcp.compute.gcp_compute_instance_shielded_vm


deny contains result if {
	config := object.get(input.resource.attributes, "shieldedInstanceConfig", {})
	some setting in ["enableVtpm", "enableIntegrityMonitoring"]
	not object.get(config, setting, false) == true
	result := {
		"msg": sprintf("Instance %s has shieldedInstanceConfig.%s off", [input.resource.id, setting]),
		"evidence": {"attribute": sprintf("shieldedInstanceConfig.%s", [setting]), "value": object.get(config, setting, null)},
	}
}
