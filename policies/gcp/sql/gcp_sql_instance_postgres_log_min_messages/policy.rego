# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances set log_min_messages to warning or stricter
# description: On PostgreSQL instances the database flag 'log_min_messages' must not be one of debug5, debug4,
#   debug3, debug2, debug1, info, notice (absent means the default, warning).
# custom:
#   id: gcp_sql_instance_postgres_log_min_messages
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Debug and info messages drown the warnings and errors an operator must see.
#   remediation:
#     text: Set the flag log_min_messages to warning or stricter.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='log_min_messages=warning'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "log_min_messages"
#             value = "warning"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_log_min_messages

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

bad := {"debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice"}

value := lower(sprintf("%v", [object.get(flags, "log_min_messages", "warning")]))

deny contains result if {
	engine
	value in bad
	result := {
		"msg": sprintf("Cloud SQL instance %s has log_min_messages = %s (CIS GCP 6.2.5)", [input.resource.id, value]),
		"evidence": {"flag": "log_min_messages", "value": object.get(flags, "log_min_messages", null), "default": "warning"},
	}
}
