# METADATA
# scope: package
# title: API keys are restricted to specified hosts and apps
# description: The key must have browser (HTTP referrer), server (IP), Android or iOS restrictions; a referrer of *
#   or *.<tld> (optionally with /*) or an IP range of the whole internet does not count.
# custom:
#   id: gcp_apikeys_key_application_restricted
#   severity: medium
#   resource_types:
#   - gcp.apikeys.key
#   risk: A key usable from anywhere can be used by anyone who copies it out of a web page or an app.
#   remediation:
#     text: Add application restrictions (referrers, IP addresses, Android or iOS apps) that name only your
#       own.
#     cli: |-
#       gcloud services api-keys update <key-id> --allowed-referrers='https://www.example.com/*'
#     terraform: |-
#       resource "google_apikeys_key" "maps" {
#         name         = "maps"
#         display_name = "Maps (web)"
#         restrictions {
#           api_targets { service = "maps-backend.googleapis.com" }
#           browser_key_restrictions { allowed_referrers = ["https://www.example.com/*"] }
#         }
#       }
#     url: https://cloud.google.com/docs/authentication/api-keys#adding-application-restrictions
#   categories:
#   - identity
package vigil.gcp.apikeys.gcp_apikeys_key_application_restricted

restrictions := object.get(input.resource.attributes, "restrictions", {})

app_kinds := {k | some k in ["browserKeyRestrictions", "serverKeyRestrictions", "androidKeyRestrictions", "iosKeyRestrictions"]; restrictions[k]}

any_ips := {"0.0.0.0", "0.0.0.0/0", "::", "::0", "::/0"}

too_wide contains r if {
	some r in object.get(object.get(restrictions, "browserKeyRestrictions", {}), "allowedReferrers", [])
	regex.match(`^\*(\.[A-Za-z]+)?(/\*)?$`, trim_space(r))
}

too_wide contains ip if {
	some ip in object.get(object.get(restrictions, "serverKeyRestrictions", {}), "allowedIps", [])
	trim_space(ip) in any_ips
}

deny contains result if {
	count(app_kinds) == 0
	result := {
		"msg": sprintf("API key %s has no application restriction (referrers, IP addresses, Android or iOS apps)", [input.resource.name]),
		"evidence": {"attribute": "restrictions", "value": restrictions},
	}
}

deny contains result if {
	count(too_wide) > 0
	result := {
		"msg": sprintf("API key %s allows any host: %s", [input.resource.name, concat(", ", sort(too_wide))]),
		"evidence": {"too_wide": sort(too_wide)},
	}
}
