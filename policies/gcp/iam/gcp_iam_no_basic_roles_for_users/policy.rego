# METADATA
# scope: package
# title: Basic roles (Owner, Editor) are not granted to users on projects
# description: 'No binding of the project IAM policy may grant roles/owner or roles/editor to a user:
#   member.'
# custom:
#   id: gcp_iam_no_basic_roles_for_users
#   severity: high
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Basic roles carry thousands of permissions across every service; granted to individual users
#     they defeat least privilege and make a single phished account an owner of the project.
#   remediation:
#     text: Replace the basic role with predefined roles that match the task, granted to a group.
#     cli: |-
#       gcloud projects remove-iam-policy-binding <project> --member=user:<email> --role=roles/editor
#     terraform: |-
#       resource "google_project_iam_member" "app" {
#         project = "my-project"
#         role    = "roles/viewer" # a predefined or custom role, not a basic one
#         member  = "group:app-team@example.com"
#       }
#     url: https://cloud.google.com/iam/docs/understanding-roles#basic
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_no_basic_roles_for_users

import data.vigil.lib.gcp.util

deny contains result if {
	some [role, member] in util.bindings(input.resource.attributes.iamPolicy)
	role in util.basic_roles
	startswith(member, "user:")
	result := {
		"msg": sprintf("Project %s grants the basic role %s to %s", [input.resource.id, role, member]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"role": role, "member": member}},
	}
}
