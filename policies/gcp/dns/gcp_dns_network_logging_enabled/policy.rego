# METADATA
# scope: package
# title: Cloud DNS logging is enabled for every VPC network
# description: Every VPC network of the project must be attached to a Cloud DNS server policy with enableLogging
#   true.
# custom:
#   id: gcp_dns_network_logging_enabled
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Without DNS query logs, lookups of command-and-control or exfiltration domains from the network
#     leave no trace.
#   remediation:
#     text: Attach a DNS server policy with logging enabled to each network.
#     cli: |-
#       gcloud dns policies create dns-logging --networks=<network> --enable-logging --description='DNS query logging'
#     terraform: |-
#       resource "google_dns_policy" "logging" {
#         name           = "dns-logging"
#         enable_logging = true
#         networks {
#           network_url = google_compute_network.main.id
#         }
#       }
#     url: https://cloud.google.com/dns/docs/monitoring
#   categories:
#   - logging
#   - network
package vigil.gcp.dns.gcp_dns_network_logging_enabled

# "projects/<p>/global/networks/<n>" of a network URL or self link, whatever its host and API version.
network_path(url) := substring(url, i, -1) if {
	i := indexof(url, "projects/")
	i >= 0
}

logged := {network_path(n.networkUrl) |
	some p in object.get(object.get(input, "account_resources", {}), "gcp.dns.policy", [])
	object.get(p.attributes, "enableLogging", false) == true
	some n in object.get(p.attributes, "networks", [])
}

unlogged := sort([n.attributes.name |
	some n in object.get(object.get(input, "account_resources", {}), "gcp.compute.network", [])
	not network_path(object.get(n.attributes, "selfLink", "")) in logged
])

deny contains result if {
	count(unlogged) > 0
	result := {
		"msg": sprintf("Project %s: VPC network(s) without Cloud DNS logging: %s", [input.resource.id, concat(", ", unlogged)]),
		"evidence": {"networks": unlogged},
	}
}
