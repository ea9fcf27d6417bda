# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances log disconnections
# description: On PostgreSQL instances the database flag 'log_disconnections' must be on (absent means the default,
#   off, which fails).
# custom:
#   id: gcp_sql_instance_postgres_log_disconnections
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Without disconnection logs the length of sessions, and thus what an intruder could do in them, is
#     unknown.
#   remediation:
#     text: Set the flag log_disconnections to on.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='log_disconnections=on'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "log_disconnections"
#             value = "on"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_log_disconnections

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "log_disconnections", "off")]))

deny contains result if {
	engine
	value != "on"
	result := {
		"msg": sprintf("Cloud SQL instance %s has log_disconnections = %s, not on (CIS GCP 6.2.3)", [input.resource.id, value]),
		"evidence": {"flag": "log_disconnections", "value": object.get(flags, "log_disconnections", null), "default": "off"},
	}
}
