# METADATA
# scope: package
# title: Cloud SQL SQL Server instances do not limit user connections
# description: On SQL Server instances the database flag 'user connections' must be 0 (absent means the default,
#   0).
# custom:
#   id: gcp_sql_instance_sqlserver_user_connections_unlimited
#   severity: low
#   resource_types:
#   - gcp.sql.instance
#   risk: A low connection limit lets a few clients deny service to everyone else.
#   remediation:
#     text: Set the flag user connections to 0.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='user connections=0'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "user connections"
#             value = "0"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_user_connections_unlimited

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "user connections", "0")]))

deny contains result if {
	engine
	value != "0"
	result := {
		"msg": sprintf("Cloud SQL instance %s has user connections = %s, not 0 (CIS GCP 6.3.3)", [input.resource.id, value]),
		"evidence": {"flag": "user connections", "value": object.get(flags, "user connections", null), "default": "0"},
	}
}
