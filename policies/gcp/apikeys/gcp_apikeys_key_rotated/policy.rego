# METADATA
# scope: package
# title: API keys are rotated within 90 days
# description: The key's createTime must lie no more than 90 days before now (an API key is rotated by creating a
#   new one and deleting the old).
# custom:
#   id: gcp_apikeys_key_rotated
#   severity: medium
#   resource_types:
#   - gcp.apikeys.key
#   risk: An old key has had more time to leak into repositories, logs and browsers; rotating it ends the use
#     of every copy.
#   remediation:
#     text: Create a new key with the same restrictions, move the clients to it, then delete the old key.
#     cli: |-
#       gcloud services api-keys create --display-name='Maps (web) 2026-12' --api-target=service=maps-backend.googleapis.com
#       gcloud services api-keys delete <old-key-id>
#     terraform: |-
#       resource "google_apikeys_key" "maps" {
#         name         = "maps"
#         display_name = "Maps (web)"
#         restrictions {
#           api_targets { service = "maps-backend.googleapis.com" }
#           browser_key_restrictions { allowed_referrers = ["https://www.example.com/*"] }
#         }
#       }
#     url: https://cloud.google.com/docs/authentication/api-keys#rotate
#   categories:
#   - identity
package vigil.gcp.apikeys.gcp_apikeys_key_rotated

import data.vigil.lib.gcp.util

deny contains result if {
	created := input.resource.attributes.createTime
	util.older_than_days(created, 90)
	result := {
		"msg": sprintf("API key %s was created %s, more than 90 days ago", [input.resource.name, created]),
		"evidence": {"attribute": "createTime", "value": created},
	}
}
