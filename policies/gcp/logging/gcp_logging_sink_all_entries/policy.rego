# METADATA
# scope: package
# title: A sink exports all log entries of the project
# description: The project, or a folder or the organization above it with includeChildren, must have an enabled log
#   sink with an empty filter.
# custom:
#   id: gcp_logging_sink_all_entries
#   severity: medium
#   resource_types:
#   - gcp.account
#   risk: Logs kept only in the project's own buckets expire with their retention and can be removed by the
#     project's owners; an export of every entry keeps the evidence elsewhere.
#   remediation:
#     text: Create a sink without a filter in the project, or an aggregated sink (include children) on a
#       folder or the organization.
#     cli: |-
#       gcloud logging sinks create all-logs storage.googleapis.com/<bucket> --organization=<org-id> --include-children
#     terraform: |-
#       resource "google_logging_organization_sink" "all" {
#         name             = "all-logs"
#         org_id           = "123456789012"
#         destination      = "storage.googleapis.com/${google_storage_bucket.logs.name}"
#         include_children = true
#       }
#     url: https://cloud.google.com/logging/docs/export/configure_export_v2
#   categories:
#   - logging
package vigil.gcp.logging.gcp_logging_sink_all_entries

# A sink with an empty filter exports every log entry; a disabled sink exports nothing.
exports_all(sink) if {
	trim_space(object.get(sink, "filter", "")) == ""
	not object.get(sink, "disabled", false) == true
}

own := [s.attributes.name |
	some s in object.get(object.get(input, "account_resources", {}), "gcp.logging.sink", [])
	exports_all(s.attributes)
]

inherited := [p.id |
	some p in object.get(data.vigil.org, "policies", [])
	p.type == "LOG_SINK"
	some target in p.targets
	target in object.get(input.account, "ou_path", [])
	object.get(p.document, "includeChildren", false) == true
	exports_all(p.document)
]

deny contains result if {
	count(own) == 0
	count(inherited) == 0
	result := {
		"msg": sprintf("Project %s has no sink exporting all log entries (an enabled sink without a filter), and no aggregated sink of a folder or the organization above it does", [input.resource.id]),
		"evidence": {"sinks": [{"name": s.attributes.name, "filter": object.get(s.attributes, "filter", ""), "disabled": object.get(s.attributes, "disabled", false)} |
			some s in object.get(object.get(input, "account_resources", {}), "gcp.logging.sink", [])
		]},
	}
}
