# METADATA
# scope: package
# title: Cloud SQL SQL Server instances disable external scripts
# description: On SQL Server instances the database flag 'external scripts enabled' must be off (absent means the
#   default, off).
# custom:
#   id: gcp_sql_instance_sqlserver_external_scripts_off
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: External scripts run R or Python code on the server with the database's rights.
#   remediation:
#     text: Set the flag external scripts enabled to off.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='external scripts enabled=off'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "external scripts enabled"
#             value = "off"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_external_scripts_off

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "external scripts enabled", "off")]))

deny contains result if {
	engine
	value != "off"
	result := {
		"msg": sprintf("Cloud SQL instance %s has external scripts enabled = %s, not off (CIS GCP 6.3.1)", [input.resource.id, value]),
		"evidence": {"flag": "external scripts enabled", "value": object.get(flags, "external scripts enabled", null), "default": "off"},
	}
}
