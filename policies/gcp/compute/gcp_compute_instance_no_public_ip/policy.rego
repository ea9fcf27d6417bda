# METADATA
# scope: package
# title: Instances have no external IP address
# description: No network interface of the instance may have an access config (an external IP).
# custom:
#   id: gcp_compute_instance_no_public_ip
#   severity: medium
#   resource_types:
#   - gcp.compute.instance
#   risk: An external address exposes the instance to the internet and bypasses the perimeter of load
#     balancers and IAP.
#   remediation:
#     text: Remove the access config and reach the instance through IAP, a load balancer or Cloud NAT
#       for egress.
#     cli: |-
#       gcloud compute instances delete-access-config <instance> --zone=<zone> --access-config-name="External NAT"
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
#     url: https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address
#   categories:
#   - compute
#   - public-exposure
package vigil.gcp.compute.gcp_compute_instance_no_public_ip


deny contains result if {
	some i, nic in object.get(input.resource.attributes, "networkInterfaces", [])
	some config in object.get(nic, "accessConfigs", [])
	result := {
		"msg": sprintf("Instance %s has an external IP %s on interface %d", [input.resource.id, object.get(config, "natIP", "(ephemeral)"), i]),
		"evidence": {"attribute": sprintf("networkInterfaces[%d].accessConfigs", [i]), "value": config},
	}
}
