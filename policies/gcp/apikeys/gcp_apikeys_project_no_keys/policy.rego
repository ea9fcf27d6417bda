# METADATA
# scope: package
# title: The project has no API keys
# description: No API key may exist in the project (CIS GCP 1.12 — use service accounts or OAuth instead).
# custom:
#   id: gcp_apikeys_project_no_keys
#   severity: low
#   resource_types:
#   - gcp.account
#   risk: An API key is a bearer secret without an identity; anyone who finds it in code, a browser or a log
#     can call the APIs it allows, billed to the project.
#   remediation:
#     text: Delete the API keys and authenticate with service accounts, workload identity or OAuth.
#     cli: |-
#       gcloud services api-keys list --project=<project>
#       gcloud services api-keys delete <key-id> --project=<project>
#     terraform: |-
#       # remove the google_apikeys_key resources and use a service account instead
#       resource "google_service_account" "app" {
#         account_id = "app"
#       }
#     url: https://cloud.google.com/docs/authentication/api-keys
#   categories:
#   - identity
package vigil.gcp.apikeys.gcp_apikeys_project_no_keys

keys := [k.attributes.displayName |
	some k in object.get(object.get(input, "account_resources", {}), "gcp.apikeys.key", [])
]

deny contains result if {
	count(keys) > 0
	result := {
		"msg": sprintf("Project %s has %d API key(s): %s", [input.resource.id, count(keys), concat(", ", sort(keys))]),
		"evidence": {"keys": sort(keys)},
	}
}
