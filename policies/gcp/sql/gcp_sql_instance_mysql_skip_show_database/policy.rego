# METADATA
# scope: package
# title: Cloud SQL MySQL instances set skip_show_database on
# description: On MySQL instances the database flag 'skip_show_database' must be on (absent means the default, off,
#   which fails).
# custom:
#   id: gcp_sql_instance_mysql_skip_show_database
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Without it every user can list all databases, including those it has no privileges on.
#   remediation:
#     text: Set the flag skip_show_database to on.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='skip_show_database=on'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "MYSQL_8_0"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "skip_show_database"
#             value = "on"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/mysql/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_mysql_skip_show_database

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "MYSQL_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "skip_show_database", "off")]))

deny contains result if {
	engine
	value != "on"
	result := {
		"msg": sprintf("Cloud SQL instance %s has skip_show_database = %s, not on (CIS GCP 6.1.2)", [input.resource.id, value]),
		"evidence": {"flag": "skip_show_database", "value": object.get(flags, "skip_show_database", null), "default": "off"},
	}
}
