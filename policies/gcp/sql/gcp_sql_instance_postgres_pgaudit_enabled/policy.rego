# METADATA
# scope: package
# title: Cloud SQL PostgreSQL instances enable pgAudit
# description: On PostgreSQL instances the database flag 'cloudsql.enable_pgaudit' must be on (absent means the
#   default, off, which fails).
# custom:
#   id: gcp_sql_instance_postgres_pgaudit_enabled
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Without pgAudit the database keeps no session or object audit log for an investigation.
#   remediation:
#     text: Set the flag cloudsql.enable_pgaudit to on.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='cloudsql.enable_pgaudit=on'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "cloudsql.enable_pgaudit"
#             value = "on"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/flags
#   categories:
#   - logging
package vigil.gcp.sql.gcp_sql_instance_postgres_pgaudit_enabled

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "POSTGRES_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "cloudsql.enable_pgaudit", "off")]))

deny contains result if {
	engine
	value != "on"
	result := {
		"msg": sprintf("Cloud SQL instance %s has cloudsql.enable_pgaudit = %s, not on (CIS GCP 6.2.8)", [input.resource.id, value]),
		"evidence": {"flag": "cloudsql.enable_pgaudit", "value": object.get(flags, "cloudsql.enable_pgaudit", null), "default": "off"},
	}
}
