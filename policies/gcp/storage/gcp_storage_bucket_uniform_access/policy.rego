# METADATA
# scope: package
# title: Cloud Storage buckets use uniform bucket-level access
# description: iamConfiguration.uniformBucketLevelAccess.enabled must be true.
# custom:
#   id: gcp_storage_bucket_uniform_access
#   severity: medium
#   resource_types:
#   - gcp.storage.bucket
#   risk: With fine-grained ACLs individual objects can be shared publicly without any change to the
#     bucket policy.
#   remediation:
#     text: Enable uniform bucket-level access.
#     cli: |-
#       gcloud storage buckets update gs://<bucket> --uniform-bucket-level-access
#     terraform: |-
#       resource "google_storage_bucket" "data" {
#         name                        = "my-data"
#         location                    = "EU"
#         uniform_bucket_level_access = true
#         public_access_prevention    = "enforced"
#         encryption { default_kms_key_name = google_kms_crypto_key.buckets.id }
#       }
#     url: https://cloud.google.com/storage/docs/uniform-bucket-level-access
#   categories:
#   - data-protection
package vigil.gcp.storage.gcp_storage_bucket_uniform_access


deny contains result if {
	not input.resource.attributes.iamConfiguration.uniformBucketLevelAccess.enabled == true
	result := {
		"msg": sprintf("Bucket %s uses fine-grained (ACL) access control", [input.resource.id]),
		"evidence": {"attribute": "iamConfiguration.uniformBucketLevelAccess.enabled", "value": object.get(object.get(object.get(input.resource.attributes, "iamConfiguration", {}), "uniformBucketLevelAccess", {}), "enabled", null)},
	}
}
