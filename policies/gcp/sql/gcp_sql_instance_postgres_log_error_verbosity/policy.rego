# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances set log_error_verbosity to default or terse
# description: On PostgreSQL instances the database flag 'log_error_verbosity' must not be one of verbose (absent
#   means the default, default).
# custom:
#   id: gcp_sql_instance_postgres_log_error_verbosity
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Verbose error messages fill the logs with source locations and internal details that help an
#     attacker more than an operator.
#   remediation:
#     text: Set the flag log_error_verbosity to default or stricter.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='log_error_verbosity=default'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "log_error_verbosity"
#             value = "default"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_log_error_verbosity

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

bad := {"verbose"}

value := lower(sprintf("%v", [object.get(flags, "log_error_verbosity", "default")]))

deny contains result if {
	engine
	value in bad
	result := {
		"msg": sprintf("Cloud SQL instance %s has log_error_verbosity = %s (CIS GCP 6.2.1)", [input.resource.id, value]),
		"evidence": {"flag": "log_error_verbosity", "value": object.get(flags, "log_error_verbosity", null), "default": "default"},
	}
}
