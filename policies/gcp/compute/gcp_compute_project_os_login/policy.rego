# METADATA
# scope: package
# title: OS Login is enabled in project metadata
# description: The project-wide metadata (commonInstanceMetadata) must set enable-oslogin to true.
# custom:
#   id: gcp_compute_project_os_login
#   severity: medium
#   resource_types:
#   - gcp.compute.project
#   risk: Without OS Login, SSH keys in metadata grant access outside IAM, without audit or central
#     revocation.
#   remediation:
#     text: Set enable-oslogin=TRUE in the project metadata.
#     cli: |-
#       gcloud compute project-info add-metadata --metadata=enable-oslogin=TRUE --project=<project>
#     terraform: |-
#       resource "google_compute_project_metadata_item" "oslogin" {
#         key   = "enable-oslogin"
#         value = "TRUE"
#       }
#     url: https://cloud.google.com/compute/docs/oslogin/set-up-oslogin
#   categories:
#   - compute
#   - identity
package vigil.gcp.compute.gcp_compute_project_os_login

import data.vigil.lib.gcp.util

metadata := object.get(input.resource.attributes, "commonInstanceMetadata", {})

# The evidence is the enable-oslogin flag alone (null when unset): other metadata values are never shown, and the
# snapshot keeps only flag values (docs/snapshot.md, "Free-form values").
deny contains result if {
	not util.is_true(util.metadata_value(metadata, "enable-oslogin"))
	result := {
		"msg": sprintf("Project %s does not enable OS Login in its metadata", [input.resource.id]),
		"evidence": {"attribute": "commonInstanceMetadata.items[enable-oslogin]", "value": util.metadata_flag(metadata, "enable-oslogin")},
	}
}
