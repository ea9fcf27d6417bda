# METADATA
# scope: package
# title: User-managed service account keys are rotated within 90 days
# description: An enabled USER_MANAGED key must not be older than 90 days (validAfterTime).
# custom:
#   id: gcp_iam_sa_keys_rotated
#   severity: medium
#   resource_types:
#   - gcp.iam.service_account
#   risk: The longer a key lives, the more places it is copied to and the longer a leaked copy stays
#     useful.
#   remediation:
#     text: Create a new key, roll it out, then delete the old one; better, remove keys altogether.
#     cli: |-
#       gcloud iam service-accounts keys create new-key.json --iam-account=<sa-email>
#       gcloud iam service-accounts keys delete <old-key-id> --iam-account=<sa-email>
#     terraform: |-
#       resource "google_service_account_key" "rotated" {
#         service_account_id = google_service_account.app.name
#         keepers = { rotation = time_rotating.every_60_days.id }
#       }
#     url: https://cloud.google.com/iam/docs/key-rotation
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_sa_keys_rotated

import data.vigil.lib.gcp.util

deny contains result if {
	some i, key in object.get(input.resource.attributes, "keys", [])
	key.keyType == "USER_MANAGED"
	not object.get(key, "disabled", false) == true
	util.older_than_days(key.validAfterTime, 90)
	result := {
		"msg": sprintf("Service account %s has user-managed key %s created %s, more than 90 days ago", [input.resource.id, key.name, key.validAfterTime]),
		"evidence": {"attribute": sprintf("keys[%d].validAfterTime", [i]), "value": key.validAfterTime},
	}
}
