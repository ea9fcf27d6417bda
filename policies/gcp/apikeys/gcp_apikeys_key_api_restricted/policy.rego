# METADATA
# scope: package
# title: API keys are restricted to the APIs they need
# description: restrictions.apiTargets must name at least one service, and none may be cloudapis.googleapis.com
#   (every Google Cloud API).
# custom:
#   id: gcp_apikeys_key_api_restricted
#   severity: medium
#   resource_types:
#   - gcp.apikeys.key
#   risk: A key without API restrictions can call every API enabled in the project; a leaked key then reaches
#     far more than the application needed.
#   remediation:
#     text: Restrict the key to the APIs the application calls.
#     cli: |-
#       gcloud services api-keys update <key-id> --api-target=service=maps-backend.googleapis.com
#     terraform: |-
#       resource "google_apikeys_key" "maps" {
#         name         = "maps"
#         display_name = "Maps (web)"
#         restrictions {
#           api_targets { service = "maps-backend.googleapis.com" }
#           browser_key_restrictions { allowed_referrers = ["https://www.example.com/*"] }
#         }
#       }
#     url: https://cloud.google.com/docs/authentication/api-keys#adding-api-restrictions
#   categories:
#   - identity
package vigil.gcp.apikeys.gcp_apikeys_key_api_restricted

targets := [t.service | some t in object.get(object.get(input.resource.attributes, "restrictions", {}), "apiTargets", [])]

deny contains result if {
	count(targets) == 0
	result := {
		"msg": sprintf("API key %s is not restricted to any API", [input.resource.name]),
		"evidence": {"attribute": "restrictions.apiTargets", "value": []},
	}
}

deny contains result if {
	"cloudapis.googleapis.com" in targets
	result := {
		"msg": sprintf("API key %s may call every Google Cloud API (cloudapis.googleapis.com)", [input.resource.name]),
		"evidence": {"attribute": "restrictions.apiTargets", "value": targets},
	}
}
