# METADATA
# scope: package
# title: Cloud SQL MySQL instances set local_infile off
# description: On MySQL instances the database flag 'local_infile' must be off (absent means the default, off).
# custom:
#   id: gcp_sql_instance_mysql_local_infile_off
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: LOAD DATA LOCAL lets a compromised or malicious server read files from clients that connect to it.
#   remediation:
#     text: Set the flag local_infile to off.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='local_infile=off'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "MYSQL_8_0"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "local_infile"
#             value = "off"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/mysql/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_mysql_local_infile_off

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "MYSQL_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "local_infile", "off")]))

deny contains result if {
	engine
	value != "off"
	result := {
		"msg": sprintf("Cloud SQL instance %s has local_infile = %s, not off (CIS GCP 6.1.3)", [input.resource.id, value]),
		"evidence": {"flag": "local_infile", "value": object.get(flags, "local_infile", null), "default": "off"},
	}
}
