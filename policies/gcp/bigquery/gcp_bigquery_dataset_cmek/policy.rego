# METADATA
# scope: package
# title: BigQuery datasets specify a default customer-managed encryption key
# description: defaultEncryptionConfiguration.kmsKeyName must be set.
# custom:
#   id: gcp_bigquery_dataset_cmek
#   severity: low
#   resource_types:
#   - gcp.bigquery.dataset
#   risk: New tables are encrypted with Google-managed keys; you cannot revoke access to their data by
#     disabling a key, nor audit every decryption.
#   remediation:
#     text: Set a Cloud KMS key as the dataset default key (existing tables keep their key; re-create or
#       copy them to re-encrypt).
#     cli: |-
#       bq update --default_kms_key=projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k> <project>:<dataset>
#     terraform: |-
#       resource "google_bigquery_dataset" "analytics" {
#         dataset_id = "analytics"
#         location   = "US"
#         default_encryption_configuration { kms_key_name = google_kms_crypto_key.datasets.id }
#       }
#     url: https://cloud.google.com/bigquery/docs/customer-managed-encryption
#   categories:
#   - encryption
package vigil.gcp.bigquery.gcp_bigquery_dataset_cmek


deny contains result if {
	object.get(object.get(input.resource.attributes, "defaultEncryptionConfiguration", {}), "kmsKeyName", "") == ""
	result := {
		"msg": sprintf("Dataset %s has no default customer-managed key", [input.resource.id]),
		"evidence": {"attribute": "defaultEncryptionConfiguration.kmsKeyName", "value": null},
	}
}
