# METADATA
# scope: package
# title: Service account key creation is disabled by org policy
# description: The effective org policy of the project must enforce the boolean constraint
#   iam.disableServiceAccountKeyCreation.
# custom:
#   id: gcp_orgpolicy_disable_sa_key_creation
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Where keys can be created, long-lived credentials will be created and leaked.
#   remediation:
#     text: Enforce iam.disableServiceAccountKeyCreation at the organization and remove project
#       overrides.
#     cli: |-
#       gcloud resource-manager org-policies enable-enforce iam.disableServiceAccountKeyCreation --organization=<org-id>
#       gcloud resource-manager org-policies delete iam.disableServiceAccountKeyCreation --project=<project>  # drop a project override
#     terraform: |-
#       resource "google_org_policy_policy" "p" {
#         name   = "organizations/123456789012/policies/iam.disableServiceAccountKeyCreation"
#         parent = "organizations/123456789012"
#         spec { rules { enforce = "TRUE" } }
#       }
#     url: https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts
#   categories:
#   - identity
#   - governance
package vigil.gcp.orgpolicy.gcp_orgpolicy_disable_sa_key_creation


constraint := "iam.disableServiceAccountKeyCreation"

deny contains result if {
	not object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, {}).enforce == true
	result := {
		"msg": sprintf("Project %s does not enforce the org policy constraint %s", [input.resource.id, constraint]),
		"evidence": {"attribute": sprintf("effectiveOrgPolicies[\"%s\"]", [constraint]), "value": object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, null)},
	}
}
