# METADATA
# scope: package
# title: Secret Manager secrets have rotation configured
# description: rotation.rotationPeriod must be set and be at most 90 days (7776000s).
# custom:
#   id: gcp_secretmanager_secret_rotation
#   severity: medium
#   resource_types:
#   - gcp.secretmanager.secret
#   risk: A secret that is never rotated stays valid for as long as any copy of it exists — in a leaked log,
#     an old laptop or a former employee's notes.
#   remediation:
#     text: Configure a rotation schedule (with a Pub/Sub topic that triggers the rotation) of 90 days or
#       less.
#     cli: |-
#       gcloud secrets update <secret> --next-rotation-time=2027-01-01T00:00:00Z --rotation-period=7776000s --add-topics=projects/<p>/topics/rotate
#     terraform: |-
#       resource "google_secret_manager_secret" "db" {
#         secret_id = "db-password"
#         replication {
#           auto {}
#         }
#         topics { name = google_pubsub_topic.rotate.id }
#         rotation {
#           rotation_period    = "7776000s"
#           next_rotation_time = "2027-01-01T00:00:00Z"
#         }
#       }
#     url: https://cloud.google.com/secret-manager/docs/secret-rotation
#   categories:
#   - data-protection
package vigil.gcp.secretmanager.gcp_secretmanager_secret_rotation

import data.vigil.lib.gcp.util

period := object.get(object.get(input.resource.attributes, "rotation", {}), "rotationPeriod", "")

deny contains result if {
	period == ""
	result := {
		"msg": sprintf("Secret %s has no rotation schedule", [input.resource.name]),
		"evidence": {"attribute": "rotation.rotationPeriod", "value": null},
	}
}

deny contains result if {
	period != ""
	util.duration_seconds(period) > 7776000
	result := {
		"msg": sprintf("Secret %s rotates every %s, more than 90 days", [input.resource.name, period]),
		"evidence": {"attribute": "rotation.rotationPeriod", "value": period},
	}
}
