# METADATA
# scope: package
# title: Cloud SQL SQL Server instances disable contained database authentication
# description: On SQL Server instances the database flag 'contained database authentication' must be off (absent
#   means the default, off).
# custom:
#   id: gcp_sql_instance_sqlserver_contained_db_auth_off
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Contained database users authenticate inside the database, outside the server's login policies and
#     audit.
#   remediation:
#     text: Set the flag contained database authentication to off.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='contained database authentication=off'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "contained database authentication"
#             value = "off"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_contained_db_auth_off

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "contained database authentication", "off")]))

deny contains result if {
	engine
	value != "off"
	result := {
		"msg": sprintf("Cloud SQL instance %s has contained database authentication = %s, not off (CIS GCP 6.3.7)", [input.resource.id, value]),
		"evidence": {"flag": "contained database authentication", "value": object.get(flags, "contained database authentication", null), "default": "off"},
	}
}
