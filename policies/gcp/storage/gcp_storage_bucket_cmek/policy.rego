# METADATA
# scope: package
# title: Cloud Storage buckets use a customer-managed encryption key by default
# description: encryption.defaultKmsKeyName must be set.
# custom:
#   id: gcp_storage_bucket_cmek
#   severity: low
#   resource_types:
#   - gcp.storage.bucket
#   risk: With Google-managed keys you cannot revoke access to the data by disabling a key, nor audit
#     every decryption.
#   remediation:
#     text: Set a Cloud KMS key as the bucket default key.
#     cli: |-
#       gcloud storage buckets update gs://<bucket> --default-encryption-key=<kms-key>
#     terraform: |-
#       resource "google_storage_bucket" "data" {
#         name                        = "my-data"
#         location                    = "EU"
#         uniform_bucket_level_access = true
#         public_access_prevention    = "enforced"
#         encryption { default_kms_key_name = google_kms_crypto_key.buckets.id }
#       }
#     url: https://cloud.google.com/storage/docs/encryption/customer-managed-keys
#   categories:
#   - encryption
package vigil.gcp.storage.gcp_storage_bucket_cmek


deny contains result if {
	object.get(object.get(input.resource.attributes, "encryption", {}), "defaultKmsKeyName", "") == ""
	result := {
		"msg": sprintf("Bucket %s has no default customer-managed key", [input.resource.id]),
		"evidence": {"attribute": "encryption.defaultKmsKeyName", "value": null},
	}
}
