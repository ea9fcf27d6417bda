# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances do not log statements by duration
# description: On PostgreSQL instances the database flag 'log_min_duration_statement' must be -1 (absent means the
#   default, -1).
# custom:
#   id: gcp_sql_instance_postgres_log_min_duration_disabled
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Duration logging writes full statement text, with any passwords and personal data in it, to the
#     logs.
#   remediation:
#     text: Set the flag log_min_duration_statement to -1.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='log_min_duration_statement=-1'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "log_min_duration_statement"
#             value = "-1"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_log_min_duration_disabled

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "log_min_duration_statement", "-1")]))

deny contains result if {
	engine
	value != "-1"
	result := {
		"msg": sprintf("Cloud SQL instance %s has log_min_duration_statement = %s, not -1 (CIS GCP 6.2.7)", [input.resource.id, value]),
		"evidence": {"flag": "log_min_duration_statement", "value": object.get(flags, "log_min_duration_statement", null), "default": "-1"},
	}
}
