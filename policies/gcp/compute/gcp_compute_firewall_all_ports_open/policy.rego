# METADATA
# scope: package
# title: Firewall rules do not allow all ports from the internet
# description: No enabled ingress rule with a world source range may allow all protocols, or TCP / UDP
#   without a port list or with 0-65535.
# custom:
#   id: gcp_compute_firewall_all_ports_open
#   severity: critical
#   resource_types:
#   - gcp.compute.firewall
#   risk: Every listening service of every targeted instance becomes reachable from the internet.
#   remediation:
#     text: Replace the rule with rules for the specific ports that must be public, behind a load
#       balancer where possible.
#     cli: |-
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
package vigil.gcp.compute.gcp_compute_firewall_all_ports_open

import data.vigil.lib.gcp.util

deny contains result if {
	util.open_ingress(input.resource.attributes)
	some i, a in object.get(input.resource.attributes, "allowed", [])
	all_ports(a)
	result := {
		"msg": sprintf("Firewall rule %s allows %s on all ports from %s", [input.resource.id, a.IPProtocol, concat(", ", input.resource.attributes.sourceRanges)]),
		"evidence": {"attribute": sprintf("allowed[%d]", [i]), "value": a},
	}
}

all_ports(a) if lower(a.IPProtocol) == "all"

all_ports(a) if {
	lower(a.IPProtocol) in {"tcp", "udp"}
	count(object.get(a, "ports", [])) == 0
}

all_ports(a) if {
	lower(a.IPProtocol) in {"tcp", "udp"}
	"0-65535" in object.get(a, "ports", [])
}
