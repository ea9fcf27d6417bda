# METADATA
# scope: package
# title: Data Access audit logs are enabled for all services
# description: The project, or a folder or the organization above it, must configure allServices audit
#   logs for ADMIN_READ, DATA_READ and DATA_WRITE.
# custom:
#   id: gcp_iam_audit_logging_all_services
#   severity: medium
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Without Data Access logs nobody can tell who read or changed data in the project during an
#     incident.
#   remediation:
#     text: Enable Data Access audit logs for all services, preferably once at the organization.
#     cli: |-
#       gcloud organizations get-iam-policy <org-id> --format=json > policy.json  # add an allServices auditConfig
#       gcloud organizations set-iam-policy <org-id> policy.json
#     terraform: |-
#       resource "google_organization_iam_audit_config" "all" {
#         org_id  = "123456789012"
#         service = "allServices"
#         audit_log_config { log_type = "ADMIN_READ" }
#         audit_log_config { log_type = "DATA_READ" }
#         audit_log_config { log_type = "DATA_WRITE" }
#       }
#     url: https://cloud.google.com/logging/docs/audit/configure-data-access
#   categories:
#   - logging
package vigil.gcp.iam.gcp_iam_audit_logging_all_services


required := {"ADMIN_READ", "DATA_READ", "DATA_WRITE"}

deny contains result if {
	not complete(input.resource.attributes.iamPolicy)
	not inherited
	result := {
		"msg": sprintf("Project %s has no allServices audit configuration for ADMIN_READ, DATA_READ and DATA_WRITE, and none is inherited", [input.resource.id]),
		"evidence": {"attribute": "iamPolicy.auditConfigs", "value": object.get(input.resource.attributes.iamPolicy, "auditConfigs", [])},
	}
}

complete(policy) if {
	some config in object.get(policy, "auditConfigs", [])
	config.service == "allServices"
	types := {c.logType | some c in object.get(config, "auditLogConfigs", [])}
	count(required - types) == 0
}

inherited if {
	some p in object.get(data.vigil.org, "policies", [])
	p.type == "IAM_POLICY"
	some target in p.targets
	target in object.get(input.account, "ou_path", [])
	complete(p.document)
}
