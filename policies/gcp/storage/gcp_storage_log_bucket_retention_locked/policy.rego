# METADATA
# scope: package
# title: Log buckets have a locked retention policy
# description: A bucket labelled purpose=logs must have a retention period and a locked retention
#   policy.
# custom:
#   id: gcp_storage_log_bucket_retention_locked
#   severity: medium
#   resource_types:
#   - gcp.storage.bucket
#   risk: Without a locked retention policy an attacker with storage access can delete the logs that
#     would reveal them.
#   remediation:
#     text: Set a retention period and lock it (irreversible).
#     cli: |-
#       gcloud storage buckets update gs://<bucket> --retention-period=365d
#       gcloud storage buckets update gs://<bucket> --lock-retention-period
#     terraform: |-
#       resource "google_storage_bucket" "logs" {
#         name     = "org-audit-logs"
#         location = "EU"
#         labels   = { purpose = "logs" }
#         retention_policy {
#           retention_period = 31536000
#           is_locked        = true
#         }
#       }
#     url: https://cloud.google.com/storage/docs/bucket-lock
#   categories:
#   - logging
#   - data-protection
package vigil.gcp.storage.gcp_storage_log_bucket_retention_locked


deny contains result if {
	input.resource.tags.purpose == "logs"
	not locked(object.get(input.resource.attributes, "retentionPolicy", {}))
	result := {
		"msg": sprintf("Log bucket %s has no locked retention policy", [input.resource.id]),
		"evidence": {"attribute": "retentionPolicy", "value": object.get(input.resource.attributes, "retentionPolicy", null)},
	}
}

locked(policy) if {
	object.get(policy, "retentionPeriod", "") != ""
	policy.isLocked == true
}
