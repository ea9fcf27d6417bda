# METADATA
# scope: package
# title: OS Login is required by org policy
# description: The effective org policy of the project must enforce the boolean constraint
#   compute.requireOsLogin.
# custom:
#   id: gcp_orgpolicy_require_os_login
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Without OS Login, SSH access is granted by metadata keys that bypass IAM and are never revoked
#     centrally.
#   remediation:
#     text: Enforce compute.requireOsLogin at the organization.
#     cli: |-
#       gcloud resource-manager org-policies enable-enforce compute.requireOsLogin --organization=<org-id>
#       gcloud resource-manager org-policies delete compute.requireOsLogin --project=<project>  # drop a project override
#     terraform: |-
#       resource "google_org_policy_policy" "p" {
#         name   = "organizations/123456789012/policies/compute.requireOsLogin"
#         parent = "organizations/123456789012"
#         spec { rules { enforce = "TRUE" } }
#       }
#     url: https://cloud.google.com/compute/docs/oslogin/manage-oslogin-in-an-org
#   categories:
#   - compute
#   - governance
package vigil.gcp.orgpolicy.gcp_orgpolicy_require_os_login


constraint := "compute.requireOsLogin"

deny contains result if {
	not object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, {}).enforce == true
	result := {
		"msg": sprintf("Project %s does not enforce the org policy constraint %s", [input.resource.id, constraint]),
		"evidence": {"attribute": sprintf("effectiveOrgPolicies[\"%s\"]", [constraint]), "value": object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, null)},
	}
}
