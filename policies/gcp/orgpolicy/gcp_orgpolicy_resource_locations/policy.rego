# METADATA
# scope: package
# title: Resource locations are restricted by org policy
# description: The effective gcp.resourceLocations list policy must exist, must not allow all values and
#   must list allowed values.
# custom:
#   id: gcp_orgpolicy_resource_locations
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Without a location restriction data can be created in any region, breaking residency
#     commitments.
#   remediation:
#     text: 'Set gcp.resourceLocations at the organization to the value groups you operate in (e.g.
#       in:eu-locations).'
#     cli: |-
#       gcloud resource-manager org-policies allow gcp.resourceLocations in:eu-locations --organization=<org-id>
#     terraform: |-
#       resource "google_org_policy_policy" "locations" {
#         name   = "organizations/123456789012/policies/gcp.resourceLocations"
#         parent = "organizations/123456789012"
#         spec {
#           rules {
#             values { allowed_values = ["in:eu-locations"] }
#           }
#         }
#       }
#     url: https://cloud.google.com/resource-manager/docs/organization-policy/defining-locations
#   categories:
#   - governance
package vigil.gcp.orgpolicy.gcp_orgpolicy_resource_locations


constraint := "gcp.resourceLocations"

policy := object.get(object.get(input.resource.attributes, "effectiveOrgPolicies", {}), constraint, null)

deny contains result if {
	problem := problems[_]
	result := {
		"msg": sprintf("Project %s: resource locations are not restricted (%s)", [input.resource.id, problem]),
		"evidence": {"attribute": "effectiveOrgPolicies[\"gcp.resourceLocations\"]", "value": policy},
	}
}

problems contains "no policy" if policy == null

problems contains "all values allowed" if object.get(policy, "allowAll", false) == true

problems contains "no allowed values" if {
	policy != null
	count(object.get(policy, "allowedValues", [])) == 0
	not object.get(policy, "allowAll", false) == true
}
