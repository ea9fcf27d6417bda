# METADATA
# scope: package
# title: Audit logging exempts no members
# description: No auditLogConfigs entry of the project's IAM policy, or of a folder or the organization above it,
#   may list exemptedMembers.
# custom:
#   id: gcp_iam_audit_logging_no_exempted_members
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: An exempted member's reads and writes are not logged — the identity most worth watching can act
#     without a trace.
#   remediation:
#     text: Remove exemptedMembers from every audit configuration.
#     cli: |-
#       gcloud projects get-iam-policy <project> --format=json > policy.json  # delete exemptedMembers
#       gcloud projects set-iam-policy <project> policy.json
#     terraform: |-
#       resource "google_project_iam_audit_config" "all" {
#         project = "my-project"
#         service = "allServices"
#         audit_log_config { log_type = "ADMIN_READ" }
#         audit_log_config { log_type = "DATA_READ" }
#         audit_log_config { log_type = "DATA_WRITE" }
#       }
#     url: https://cloud.google.com/logging/docs/audit/configure-data-access#exempt-principals
#   categories:
#   - logging
package vigil.gcp.iam.gcp_iam_audit_logging_no_exempted_members

exemptions(policy) := [sprintf("%s %s: %s", [config.service, log.logType, concat(", ", log.exemptedMembers)]) |
	some config in object.get(policy, "auditConfigs", [])
	some log in object.get(config, "auditLogConfigs", [])
	count(object.get(log, "exemptedMembers", [])) > 0
]

inherited := [sprintf("%s: %s", [target, e]) |
	some p in object.get(data.vigil.org, "policies", [])
	p.type == "IAM_POLICY"
	some target in p.targets
	target in object.get(input.account, "ou_path", [])
	some e in exemptions(p.document)
]

deny contains result if {
	found := array.concat(exemptions(input.resource.attributes.iamPolicy), inherited)
	count(found) > 0
	result := {
		"msg": sprintf("Project %s: audit logging exempts members (%s)", [input.resource.id, concat("; ", found)]),
		"evidence": {"exemptions": found},
	}
}
