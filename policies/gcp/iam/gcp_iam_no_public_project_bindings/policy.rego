# METADATA
# scope: package
# title: Project IAM policies do not grant roles to allUsers or allAuthenticatedUsers
# description: No project binding may include allUsers or allAuthenticatedUsers.
# custom:
#   id: gcp_iam_no_public_project_bindings
#   severity: critical
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: allAuthenticatedUsers is any Google account in the world; such a binding exposes the project
#     to anyone.
#   remediation:
#     text: Remove the public member and grant the role to the groups that need it.
#     cli: |-
#       gcloud projects remove-iam-policy-binding <project> --member=allAuthenticatedUsers --role=<role>
#     terraform: |-
#       resource "google_project_iam_member" "app" {
#         project = "my-project"
#         role    = "roles/viewer" # a predefined or custom role, not a basic one
#         member  = "group:app-team@example.com"
#       }
#     url: https://cloud.google.com/iam/docs/overview#all-authenticated-users
#   categories:
#   - identity
#   - public-exposure
package vigil.gcp.iam.gcp_iam_no_public_project_bindings

import data.vigil.lib.gcp.util

deny contains result if {
	some [role, member] in util.bindings(input.resource.attributes.iamPolicy)
	member in util.public_members
	result := {
		"msg": sprintf("Project %s grants %s to %s", [input.resource.id, role, member]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"role": role, "member": member}},
	}
}
