# METADATA
# scope: package
# title: Cloud KMS keys are not accessible to allUsers or allAuthenticatedUsers
# description: No binding of the key IAM policy may include allUsers or allAuthenticatedUsers.
# custom:
#   id: gcp_kms_key_not_public
#   severity: critical
#   resource_types:
#   - gcp.kms.crypto_key
#   risk: Anyone could use the key to encrypt or decrypt, or read its metadata.
#   remediation:
#     text: Remove the public members from the key IAM policy.
#     cli: |-
#       gcloud kms keys remove-iam-policy-binding <key> --keyring=<ring> --location=<location> --member=allUsers --role=<role>
#     terraform: |-
#       resource "google_kms_crypto_key" "app" {
#         name            = "app"
#         key_ring        = google_kms_key_ring.main.id
#         rotation_period = "7776000s" # 90 days
#       }
#     url: https://cloud.google.com/kms/docs/iam
#   categories:
#   - encryption
#   - public-exposure
package vigil.gcp.kms.gcp_kms_key_not_public

import data.vigil.lib.gcp.util

deny contains result if {
	some [role, member] in util.bindings(input.resource.attributes.iamPolicy)
	member in util.public_members
	result := {
		"msg": sprintf("Key %s grants %s to %s", [input.resource.id, role, member]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"role": role, "member": member}},
	}
}
