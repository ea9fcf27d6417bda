# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances set log_min_error_statement to error or stricter
# description: On PostgreSQL instances the database flag 'log_min_error_statement' must not be one of debug5,
#   debug4, debug3, debug2, debug1, info, notice, warning (absent means the default, error).
# custom:
#   id: gcp_sql_instance_postgres_log_min_error_statement
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Logging statements below error floods the logs and may record sensitive statement text needlessly.
#   remediation:
#     text: Set the flag log_min_error_statement to error or stricter.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='log_min_error_statement=error'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "log_min_error_statement"
#             value = "error"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_log_min_error_statement

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

bad := {"debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning"}

value := lower(sprintf("%v", [object.get(flags, "log_min_error_statement", "error")]))

deny contains result if {
	engine
	value in bad
	result := {
		"msg": sprintf("Cloud SQL instance %s has log_min_error_statement = %s (CIS GCP 6.2.6)", [input.resource.id, value]),
		"evidence": {"flag": "log_min_error_statement", "value": object.get(flags, "log_min_error_statement", null), "default": "error"},
	}
}
