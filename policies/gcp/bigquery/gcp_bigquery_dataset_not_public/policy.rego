# METADATA
# scope: package
# title: BigQuery datasets are not anonymously or publicly accessible
# description: No access entry of the dataset may name allUsers or allAuthenticatedUsers (as iamMember or
#   specialGroup).
# custom:
#   id: gcp_bigquery_dataset_not_public
#   severity: critical
#   resource_types:
#   - gcp.bigquery.dataset
#   risk: Anyone on the internet (or any Google account) can read, or with a writer role change, every table of
#     the dataset.
#   remediation:
#     text: Remove the allUsers and allAuthenticatedUsers entries from the dataset access list.
#     cli: |-
#       bq show --format=prettyjson <project>:<dataset> > dataset.json
#       # delete the entries naming allUsers / allAuthenticatedUsers from "access", then
#       bq update --source dataset.json <project>:<dataset>
#     terraform: |-
#       resource "google_bigquery_dataset" "analytics" {
#         dataset_id = "analytics"
#         location   = "US"
#         access {
#           role           = "READER"
#           group_by_email = "analysts@example.com"
#         }
#         default_encryption_configuration { kms_key_name = google_kms_crypto_key.datasets.id }
#       }
#     url: https://cloud.google.com/bigquery/docs/control-access-to-resources-iam
#   categories:
#   - public-exposure
#   - data-protection
package vigil.gcp.bigquery.gcp_bigquery_dataset_not_public

import data.vigil.lib.gcp.util

deny contains result if {
	some entry in object.get(input.resource.attributes, "access", [])
	some field in ["iamMember", "specialGroup"]
	member := object.get(entry, field, "")
	member in util.public_members
	result := {
		"msg": sprintf("Dataset %s grants %s to %s", [input.resource.id, object.get(entry, "role", "a role"), member]),
		"evidence": {"attribute": "access", "value": entry},
	}
}
