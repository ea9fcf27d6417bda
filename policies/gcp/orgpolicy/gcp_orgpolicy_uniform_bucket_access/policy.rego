# METADATA
# scope: package
# title: Uniform bucket-level access is required by org policy
# description: The effective org policy of the project must enforce the boolean constraint
#   storage.uniformBucketLevelAccess.
# custom:
#   id: gcp_orgpolicy_uniform_bucket_access
#   severity: low
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Object ACLs let individual objects be shared publicly behind the bucket policy.
#   remediation:
#     text: Enforce storage.uniformBucketLevelAccess at the organization.
#     cli: |-
#       gcloud resource-manager org-policies enable-enforce storage.uniformBucketLevelAccess --organization=<org-id>
#       gcloud resource-manager org-policies delete storage.uniformBucketLevelAccess --project=<project>  # drop a project override
#     terraform: |-
#       resource "google_org_policy_policy" "p" {
#         name   = "organizations/123456789012/policies/storage.uniformBucketLevelAccess"
#         parent = "organizations/123456789012"
#         spec { rules { enforce = "TRUE" } }
#       }
#     url: https://cloud.google.com/storage/docs/org-policy-constraints
#   categories:
#   - data-protection
#   - governance
package vigil.gcp.orgpolicy.gcp_orgpolicy_uniform_bucket_access


constraint := "storage.uniformBucketLevelAccess"

deny contains result if {
	not object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, {}).enforce == true
	result := {
		"msg": sprintf("Project %s does not enforce the org policy constraint %s", [input.resource.id, constraint]),
		"evidence": {"attribute": sprintf("effectiveOrgPolicies[\"%s\"]", [constraint]), "value": object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, null)},
	}
}
