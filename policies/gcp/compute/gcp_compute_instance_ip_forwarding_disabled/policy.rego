# METADATA
# scope: package
# title: IP forwarding is disabled on instances
# description: canIpForward must not be true.
# custom:
#   id: gcp_compute_instance_ip_forwarding_disabled
#   severity: medium
#   resource_types:
#   - gcp.compute.instance
#   risk: An instance that forwards packets can route traffic around firewall rules and act as an
#     unsanctioned gateway.
#   remediation:
#     text: Recreate the instance without IP forwarding unless it is a designated network appliance.
#     cli: |-
#       gcloud compute instances update-from-file <instance> --zone=<zone> --source=instance.yaml  # canIpForward: false
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
#     url: https://cloud.google.com/vpc/docs/using-routes#canipforward
#   categories:
#   - compute
#   - network
package vigil.gcp.compute.gcp_compute_instance_ip_forwarding_disabled


deny contains result if {
	input.resource.attributes.canIpForward == true
	result := {
		"msg": sprintf("Instance %s can forward IP packets", [input.resource.id]),
		"evidence": {"attribute": "canIpForward", "value": true},
	}
}
