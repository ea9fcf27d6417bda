# METADATA
# scope: package
# title: Service accounts have no user-managed keys
# description: A service account must not have an enabled USER_MANAGED key.
# custom:
#   id: gcp_iam_sa_no_user_managed_keys
#   severity: medium
#   resource_types:
#   - gcp.iam.service_account
#   risk: Downloaded service account keys are long-lived bearer credentials that leak into repositories,
#     laptops and CI logs.
#   remediation:
#     text: Delete the key and use workload identity federation, attached service accounts or
#       impersonation instead.
#     cli: |-
#       gcloud iam service-accounts keys delete <key-id> --iam-account=<sa-email>
#     terraform: |-
#       resource "google_org_policy_policy" "no_sa_keys" {
#         name   = "organizations/123456789012/policies/iam.disableServiceAccountKeyCreation"
#         parent = "organizations/123456789012"
#         spec { rules { enforce = "TRUE" } }
#       }
#     url: https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys
#   categories:
#   - identity
package vigil.gcp.iam.gcp_iam_sa_no_user_managed_keys


deny contains result if {
	some i, key in object.get(input.resource.attributes, "keys", [])
	key.keyType == "USER_MANAGED"
	not object.get(key, "disabled", false) == true
	result := {
		"msg": sprintf("Service account %s has a user-managed key %s", [input.resource.id, key.name]),
		"evidence": {"attribute": sprintf("keys[%d]", [i]), "value": key},
	}
}
