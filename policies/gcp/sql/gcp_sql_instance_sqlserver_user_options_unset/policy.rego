# METADATA
# scope: package
# title: Cloud SQL SQL Server instances do not set user options
# description: On SQL Server instances the database flag 'user options' must not be set.
# custom:
#   id: gcp_sql_instance_sqlserver_user_options_unset
#   severity: low
#   resource_types:
#   - gcp.sql.instance
#   risk: Global user options change query behaviour for every session, which can break application security
#     assumptions.
#   remediation:
#     text: Remove the flag user options.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='<every flag but user options>'
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "user options"
#             value = ""
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_user_options_unset

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

deny contains result if {
	engine
	value := flags["user options"]
	result := {
		"msg": sprintf("Cloud SQL instance %s sets user options (%v) (CIS GCP 6.3.4)", [input.resource.id, value]),
		"evidence": {"flag": "user options", "value": value},
	}
}
