# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances log connections
# description: On PostgreSQL instances the database flag 'log_connections' must be on (absent means the default,
#   off, which fails).
# custom:
#   id: gcp_sql_instance_postgres_log_connections
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Without connection logs, logins with stolen credentials and connection floods leave no trace.
#   remediation:
#     text: Set the flag log_connections to on.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='log_connections=on'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "log_connections"
#             value = "on"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_log_connections

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "log_connections", "off")]))

deny contains result if {
	engine
	value != "on"
	result := {
		"msg": sprintf("Cloud SQL instance %s has log_connections = %s, not on (CIS GCP 6.2.2)", [input.resource.id, value]),
		"evidence": {"flag": "log_connections", "value": object.get(flags, "log_connections", null), "default": "off"},
	}
}
