# METADATA
# scope: package
# title: Service accounts do not hold admin or basic roles on projects
# description: 'No binding whose role is roles/owner, roles/editor or ends in admin / Admin may have a
#   serviceAccount: member.'
# custom:
#   id: gcp_iam_sa_no_admin_privileges
#   severity: high
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: A service account key or a compromised workload with admin privileges gives an attacker
#     control of the project without any human sign-in.
#   remediation:
#     text: Grant service accounts the narrowest predefined or custom role the workload needs.
#     cli: |-
#       gcloud projects remove-iam-policy-binding <project> --member=serviceAccount:<email> --role=<admin role>
#     terraform: |-
#       resource "google_project_iam_member" "app" {
#         project = "my-project"
#         role    = "roles/viewer" # a predefined or custom role, not a basic one
#         member  = "group:app-team@example.com"
#       }
#     url: https://cloud.google.com/iam/docs/best-practices-service-accounts
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_sa_no_admin_privileges

import data.vigil.lib.gcp.util

deny contains result if {
	some [role, member] in util.bindings(input.resource.attributes.iamPolicy)
	startswith(member, "serviceAccount:")
	admin_role(role)
	result := {
		"msg": sprintf("Project %s grants %s to service account %s", [input.resource.id, role, trim_prefix(member, "serviceAccount:")]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": {"role": role, "member": member}},
	}
}

admin_role(role) if role in util.basic_roles

admin_role(role) if endswith(lower(role), "admin")
