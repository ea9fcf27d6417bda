# METADATA
# scope: package
# title: Firewall rules do not allow RDP from the internet
# description: No enabled ingress rule with a world source range may allow TCP port 3389 (or all
#   protocols / all ports).
# custom:
#   id: gcp_compute_firewall_rdp_open
#   severity: high
#   resource_types:
#   - gcp.compute.firewall
#   risk: RDP open to the internet invites brute force and exploitation of every instance the rule
#     targets.
#   remediation:
#     text: Restrict the source ranges to a bastion, VPN or the IAP range 35.235.240.0/20, or delete the
#       rule.
#     cli: |-
#       gcloud compute firewall-rules update <rule> --source-ranges=35.235.240.0/20
#       gcloud compute firewall-rules delete <rule>
#     terraform: |-
#       resource "google_compute_firewall" "ssh_from_iap" {
#         name          = "allow-ssh-from-iap"
#         network       = google_compute_network.main.name
#         direction     = "INGRESS"
#         source_ranges = ["35.235.240.0/20"] # IAP TCP forwarding, not 0.0.0.0/0
#         allow {
#           protocol = "tcp"
#           ports    = ["22"]
#         }
#       }
#     url: https://cloud.google.com/firewall/docs/firewalls
#   categories:
#   - network
#   - public-exposure
package vigil.gcp.compute.gcp_compute_firewall_rdp_open

import data.vigil.lib.gcp.util

deny contains result if {
	util.open_ingress(input.resource.attributes)
	i := util.allows_port(input.resource.attributes, 3389)
	result := {
		"msg": sprintf("Firewall rule %s allows RDP (port 3389) from %s", [input.resource.id, concat(", ", input.resource.attributes.sourceRanges)]),
		"evidence": {"attribute": sprintf("allowed[%d]", [i]), "value": input.resource.attributes.allowed[i]},
	}
}
