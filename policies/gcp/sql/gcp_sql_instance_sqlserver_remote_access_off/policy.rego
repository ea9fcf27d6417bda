# METADATA
# scope: package
# title: Cloud SQL SQL Server instances disable remote access
# description: On SQL Server instances the database flag 'remote access' must be off (absent means the default, on,
#   which fails).
# custom:
#   id: gcp_sql_instance_sqlserver_remote_access_off
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Remote access lets stored procedures run on and from remote servers, a path for lateral movement.
#   remediation:
#     text: Set the flag remote access to off.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='remote access=off'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "remote access"
#             value = "off"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_remote_access_off

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "remote access", "on")]))

deny contains result if {
	engine
	value != "off"
	result := {
		"msg": sprintf("Cloud SQL instance %s has remote access = %s, not off (CIS GCP 6.3.5)", [input.resource.id, value]),
		"evidence": {"flag": "remote access", "value": object.get(flags, "remote access", null), "default": "on"},
	}
}
