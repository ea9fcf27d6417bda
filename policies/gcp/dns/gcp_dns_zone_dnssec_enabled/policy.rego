# METADATA
# scope: package
# title: DNSSEC is enabled for public Cloud DNS zones
# description: A zone whose visibility is not private must have dnssecConfig.state "on".
# custom:
#   id: gcp_dns_zone_dnssec_enabled
#   severity: medium
#   resource_types:
#   - gcp.dns.managed_zone
#   risk: Without DNSSEC, resolvers cannot tell forged answers for the zone from real ones (cache poisoning,
#     redirection to attacker hosts).
#   remediation:
#     text: Turn DNSSEC on for the zone and publish the DS record at the registrar.
#     cli: |-
#       gcloud dns managed-zones update <zone> --dnssec-state on
#     terraform: |-
#       resource "google_dns_managed_zone" "main" {
#         name     = "public-main"
#         dns_name = "example.com."
#         dnssec_config {
#           state = "on"
#           default_key_specs {
#             key_type   = "keySigning"
#             algorithm  = "rsasha256"
#             key_length = 2048
#           }
#           default_key_specs {
#             key_type   = "zoneSigning"
#             algorithm  = "rsasha256"
#             key_length = 1024
#           }
#         }
#       }
#     url: https://cloud.google.com/dns/docs/dnssec-config
#   categories:
#   - network
package vigil.gcp.dns.gcp_dns_zone_dnssec_enabled


deny contains result if {
	lower(object.get(input.resource.attributes, "visibility", "public")) != "private"
	state := object.get(object.get(input.resource.attributes, "dnssecConfig", {}), "state", "off")
	lower(state) != "on"
	result := {
		"msg": sprintf("Public DNS zone %s does not have DNSSEC on (state %s)", [input.resource.id, state]),
		"evidence": {"attribute": "dnssecConfig.state", "value": state},
	}
}
