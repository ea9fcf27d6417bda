# METADATA
# scope: package
# title: Cloud Storage buckets enforce public access prevention
# description: iamConfiguration.publicAccessPrevention must be enforced.
# custom:
#   id: gcp_storage_bucket_public_access_prevention
#   severity: medium
#   resource_types:
#   - gcp.storage.bucket
#   risk: Without public access prevention a single IAM or ACL change can publish the bucket.
#   remediation:
#     text: Enforce public access prevention on the bucket (or by org policy).
#     cli: |-
#       gcloud storage buckets update gs://<bucket> --public-access-prevention
#     terraform: |-
#       resource "google_storage_bucket" "data" {
#         name                        = "my-data"
#         location                    = "EU"
#         uniform_bucket_level_access = true
#         public_access_prevention    = "enforced"
#         encryption { default_kms_key_name = google_kms_crypto_key.buckets.id }
#       }
#     url: https://cloud.google.com/storage/docs/public-access-prevention
#   categories:
#   - public-exposure
#   - data-protection
package vigil.gcp.storage.gcp_storage_bucket_public_access_prevention


deny contains result if {
	value := object.get(object.get(input.resource.attributes, "iamConfiguration", {}), "publicAccessPrevention", "unspecified")
	value != "enforced"
	result := {
		"msg": sprintf("Bucket %s does not enforce public access prevention (%s)", [input.resource.id, value]),
		"evidence": {"attribute": "iamConfiguration.publicAccessPrevention", "value": value},
	}
}
