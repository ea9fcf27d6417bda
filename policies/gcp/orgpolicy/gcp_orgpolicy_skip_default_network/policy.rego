# METADATA
# scope: package
# title: New projects skip the default network by org policy
# description: The effective org policy of the project must enforce the boolean constraint
#   compute.skipDefaultNetworkCreation.
# custom:
#   id: gcp_orgpolicy_skip_default_network
#   severity: low
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: The default network comes with permissive firewall rules (SSH and RDP from anywhere) in every
#     new project.
#   remediation:
#     text: Enforce compute.skipDefaultNetworkCreation at the organization.
#     cli: |-
#       gcloud resource-manager org-policies enable-enforce compute.skipDefaultNetworkCreation --organization=<org-id>
#       gcloud resource-manager org-policies delete compute.skipDefaultNetworkCreation --project=<project>  # drop a project override
#     terraform: |-
#       resource "google_org_policy_policy" "p" {
#         name   = "organizations/123456789012/policies/compute.skipDefaultNetworkCreation"
#         parent = "organizations/123456789012"
#         spec { rules { enforce = "TRUE" } }
#       }
#     url: https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints
#   categories:
#   - network
#   - governance
package vigil.gcp.orgpolicy.gcp_orgpolicy_skip_default_network


constraint := "compute.skipDefaultNetworkCreation"

deny contains result if {
	not object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, {}).enforce == true
	result := {
		"msg": sprintf("Project %s does not enforce the org policy constraint %s", [input.resource.id, constraint]),
		"evidence": {"attribute": sprintf("effectiveOrgPolicies[\"%s\"]", [constraint]), "value": object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, null)},
	}
}
