# METADATA
# scope: package
# title: Private Google Access is enabled on every subnetwork
# description: A PRIVATE (or purpose-less) subnetwork must have privateIpGoogleAccess set to true.
# custom:
#   id: gcp_compute_subnet_private_google_access
#   severity: low
#   resource_types:
#   - gcp.compute.subnetwork
#   risk: Without it, instances without external addresses cannot reach Google APIs, which pushes teams
#     to give them public IPs.
#   remediation:
#     text: Enable Private Google Access on the subnetwork.
#     cli: |-
#       gcloud compute networks subnets update <subnet> --region=<region> --enable-private-ip-google-access
#     terraform: |-
#       resource "google_compute_subnetwork" "app" {
#         name                     = "app"
#         ip_cidr_range            = "10.10.0.0/20"
#         network                  = google_compute_network.main.id
#         private_ip_google_access = true
#       }
#     url: https://cloud.google.com/vpc/docs/configure-private-google-access
#   categories:
#   - network
package vigil.gcp.compute.gcp_compute_subnet_private_google_access


deny contains result if {
	object.get(input.resource.attributes, "purpose", "PRIVATE") == "PRIVATE"
	not object.get(input.resource.attributes, "privateIpGoogleAccess", false) == true
	result := {
		"msg": sprintf("Subnetwork %s (%s) has Private Google Access off", [input.resource.id, input.resource.region]),
		"evidence": {"attribute": "privateIpGoogleAccess", "value": object.get(input.resource.attributes, "privateIpGoogleAccess", null)},
	}
}
