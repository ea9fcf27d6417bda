# METADATA
# scope: package
# title: Cloud KMS encryption keys rotate at least every 90 days
# description: An ENCRYPT_DECRYPT key must have a rotationPeriod of 90 days (7776000s) or less.
# custom:
#   id: gcp_kms_key_rotation
#   severity: medium
#   resource_types:
#   - gcp.kms.crypto_key
#   risk: A key that never rotates protects ever more data with the same material, widening the impact
#     of a compromise.
#   remediation:
#     text: Set a rotation period of 90 days or less.
#     cli: |-
#       gcloud kms keys update <key> --keyring=<ring> --location=<location> --rotation-period=90d --next-rotation-time=<time>
#     terraform: |-
#       resource "google_kms_crypto_key" "app" {
#         name            = "app"
#         key_ring        = google_kms_key_ring.main.id
#         rotation_period = "7776000s" # 90 days
#       }
#     url: https://cloud.google.com/kms/docs/key-rotation
#   categories:
#   - encryption
package vigil.gcp.kms.gcp_kms_key_rotation

import data.vigil.lib.gcp.util

deny contains result if {
	input.resource.attributes.purpose == "ENCRYPT_DECRYPT"
	problem := rotation_problem(object.get(input.resource.attributes, "rotationPeriod", ""))
	result := {
		"msg": sprintf("Key %s %s", [input.resource.id, problem]),
		"evidence": {"attribute": "rotationPeriod", "value": object.get(input.resource.attributes, "rotationPeriod", null)},
	}
}

rotation_problem(period) := "never rotates" if period == ""

rotation_problem(period) := sprintf("rotates every %s, more than 90 days", [period]) if {
	period != ""
	util.duration_seconds(period) > 7776000
}
