# METADATA
# scope: package
# title: Cloud SQL SQL Server instances disable cross db ownership chaining
# description: On SQL Server instances the database flag 'cross db ownership chaining' must be off (absent means
#   the default, off).
# custom:
#   id: gcp_sql_instance_sqlserver_cross_db_chaining_off
#   severity: low
#   resource_types:
#   - gcp.sql.instance
#   risk: Ownership chaining across databases lets a user of one database reach objects of another without a
#     permission check.
#   remediation:
#     text: Set the flag cross db ownership chaining to off.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='cross db ownership chaining=off'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "cross db ownership chaining"
#             value = "off"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_cross_db_chaining_off

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "cross db ownership chaining", "off")]))

deny contains result if {
	engine
	value != "off"
	result := {
		"msg": sprintf("Cloud SQL instance %s has cross db ownership chaining = %s, not off (CIS GCP 6.3.2)", [input.resource.id, value]),
		"evidence": {"flag": "cross db ownership chaining", "value": object.get(flags, "cross db ownership chaining", null), "default": "off"},
	}
}
