# METADATA
# scope: package
# title: No member is both Cloud KMS Admin and a key user
# description: A member holding roles/cloudkms.admin must not also hold a CryptoKey Encrypter /
#   Decrypter role on the project.
# custom:
#   id: gcp_iam_kms_separation_of_duties
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: One identity able to manage keys and use them can both decrypt data and cover its tracks by
#     changing the key configuration.
#   remediation:
#     text: Split key administration and key use between different groups.
#     cli: |-
#       gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/cloudkms.cryptoKeyEncrypterDecrypter
#     terraform: |-
#       resource "google_project_iam_member" "app" {
#         project = "my-project"
#         role    = "roles/viewer" # a predefined or custom role, not a basic one
#         member  = "group:app-team@example.com"
#       }
#     url: https://cloud.google.com/kms/docs/separation-of-duties
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_kms_separation_of_duties

import data.vigil.lib.gcp.util

user_roles := {"roles/cloudkms.cryptoKeyEncrypterDecrypter", "roles/cloudkms.cryptoKeyEncrypter", "roles/cloudkms.cryptoKeyDecrypter"}

deny contains result if {
	pairs := util.bindings(input.resource.attributes.iamPolicy)
	some [admin, member] in pairs
	admin == "roles/cloudkms.admin"
	some [role, other] in pairs
	other == member
	role in user_roles
	result := {
		"msg": sprintf("Project %s: %s is Cloud KMS Admin and also holds %s", [input.resource.id, member, role]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"member": member, "roles": ["roles/cloudkms.admin", role]}},
	}
}
