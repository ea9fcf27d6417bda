# METADATA
# scope: package
# title: RSASHA1 is not used for the zone-signing key in Cloud DNS DNSSEC
# description: No dnssecConfig.defaultKeySpecs entry with keyType zoneSigning may have algorithm rsasha1.
# custom:
#   id: gcp_dns_zone_no_rsasha1_zsk
#   severity: medium
#   resource_types:
#   - gcp.dns.managed_zone
#   risk: RSASHA1 relies on SHA-1, which is broken for collisions; signatures made with it are deprecated
#     and some validators no longer trust them.
#   remediation:
#     text: Turn DNSSEC off, then on again with a zoneSigning key spec using rsasha256, rsasha512,
#       ecdsap256sha256 or ecdsap384sha384 (the algorithm of a signed zone cannot be changed in place).
#     cli: |-
#       gcloud dns managed-zones update <zone> --dnssec-state off
#       gcloud dns managed-zones update <zone> --dnssec-state on \
#         --ksk-algorithm rsasha256 --ksk-key-length 2048 --zsk-algorithm rsasha256 --zsk-key-length 1024
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
#     url: https://cloud.google.com/dns/docs/dnssec-advanced
#   categories:
#   - encryption
#   - network
package vigil.gcp.dns.gcp_dns_zone_no_rsasha1_zsk


deny contains result if {
	some spec in object.get(object.get(input.resource.attributes, "dnssecConfig", {}), "defaultKeySpecs", [])
	object.get(spec, "keyType", "") == "zoneSigning"
	lower(object.get(spec, "algorithm", "")) == "rsasha1"
	result := {
		"msg": sprintf("DNS zone %s uses RSASHA1 for its zone-signing key", [input.resource.id]),
		"evidence": {"attribute": "dnssecConfig.defaultKeySpecs", "value": spec},
	}
}
