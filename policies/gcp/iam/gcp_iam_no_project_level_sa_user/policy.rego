# METADATA
# scope: package
# title: Service Account User and Token Creator are not granted at project level
# description: No binding may grant roles/iam.serviceAccountUser or roles/iam.serviceAccountTokenCreator
#   on the whole project.
# custom:
#   id: gcp_iam_no_project_level_sa_user
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: At project level these roles let a member act as every service account of the project,
#     including highly privileged ones.
#   remediation:
#     text: Grant the role on the individual service account the member needs to use instead.
#     cli: |-
#       gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser
#       gcloud iam service-accounts add-iam-policy-binding <sa-email> --member=<member> --role=roles/iam.serviceAccountUser
#     terraform: |-
#       resource "google_service_account_iam_member" "deployer" {
#         service_account_id = google_service_account.app.name
#         role               = "roles/iam.serviceAccountUser"
#         member             = "group:deployers@example.com"
#       }
#     url: https://cloud.google.com/iam/docs/service-account-permissions
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_no_project_level_sa_user

import data.vigil.lib.gcp.util

deny contains result if {
	some [role, member] in util.bindings(input.resource.attributes.iamPolicy)
	role in {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}
	result := {
		"msg": sprintf("Project %s grants %s to %s on every service account", [input.resource.id, role, member]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"role": role, "member": member}},
	}
}
