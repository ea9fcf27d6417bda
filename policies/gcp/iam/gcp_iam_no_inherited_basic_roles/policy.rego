# METADATA
# scope: package
# title: No basic role is granted to users or groups on a folder or the organization above the project
# description: 'An IAM policy of the organization or of a folder above the project must not grant
#   roles/owner or roles/editor to a user: or group: member; the grant is inherited by every project
#   below.'
# custom:
#   id: gcp_iam_no_inherited_basic_roles
#   severity: high
#   resource_types:
#   - gcp.account
#   risk: A basic role at a folder or the organization is inherited by every project below it,
#     multiplying the blast radius of one account.
#   remediation:
#     text: Remove the basic role from the folder or organization and grant predefined roles on the
#       projects that need them.
#     cli: |-
#       gcloud resource-manager folders remove-iam-policy-binding <folder-id> --member=user:<email> --role=roles/editor
#     terraform: |-
#       resource "google_folder_iam_member" "viewer" {
#         folder = "folders/1234"
#         role   = "roles/viewer"
#         member = "group:engineering@example.com"
#       }
#     url: https://cloud.google.com/resource-manager/docs/access-control-folders
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_no_inherited_basic_roles

import data.vigil.lib.gcp.util

deny contains result if {
	some p in object.get(data.vigil.org, "policies", [])
	p.type == "IAM_POLICY"
	some node in p.targets
	node in object.get(input.account, "ou_path", [])
	some [role, member] in util.bindings(p.document)
	role in util.basic_roles
	regex.match(`^(user|group):`, member)
	result := {
		"msg": sprintf("Project %s inherits %s for %s from %s", [input.resource.id, role, member, node]),
		"evidence": {"attribute": "org.policies", "value": {"node": node, "role": role, "member": member}},
	}
}
