# METADATA
# scope: package
# title: Cloud Storage buckets are not publicly accessible
# description: No binding of the bucket IAM policy may include allUsers or allAuthenticatedUsers.
# custom:
#   id: gcp_storage_bucket_not_public
#   severity: critical
#   resource_types:
#   - gcp.storage.bucket
#   risk: Anyone on the internet can read (or write) the bucket objects.
#   remediation:
#     text: Remove the public members from the bucket IAM policy and enforce public access prevention.
#     cli: |-
#       gcloud storage buckets remove-iam-policy-binding gs://<bucket> --member=allUsers --role=<role>
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
package vigil.gcp.storage.gcp_storage_bucket_not_public

import data.vigil.lib.gcp.util

deny contains result if {
	some [role, member] in util.bindings(input.resource.attributes.iamPolicy)
	member in util.public_members
	result := {
		"msg": sprintf("Bucket %s grants %s to %s", [input.resource.id, role, member]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"role": role, "member": member}},
	}
}
