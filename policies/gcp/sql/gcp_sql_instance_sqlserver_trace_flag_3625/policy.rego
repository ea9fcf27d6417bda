# METADATA
# scope: package
# title: Cloud SQL SQL Server instances set trace flag 3625
# description: On SQL Server instances the database flag '3625' must be on (absent means the default, off, which
#   fails).
# custom:
#   id: gcp_sql_instance_sqlserver_trace_flag_3625
#   severity: low
#   resource_types:
#   - gcp.sql.instance
#   risk: Without trace flag 3625 error messages show details (such as data values) to users who lack the
#     rights to see them.
#   remediation:
#     text: Set the flag 3625 to on.
#     cli: |-
#       gcloud sql instances patch <instance> --database-flags='3625=on'  # lists every flag: repeat the others
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "db"
#         database_version = "SQLSERVER_2019_STANDARD"
#         settings {
#           tier = "db-custom-2-7680"
#           database_flags {
#             name  = "3625"
#             value = "on"
#           }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/sqlserver/flags
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_sqlserver_trace_flag_3625

engine if startswith(object.get(input.resource.attributes, "databaseVersion", ""), "SQLSERVER_")

flags := {f.name: f.value |
	some f in object.get(object.get(input.resource.attributes, "settings", {}), "databaseFlags", [])
}

value := lower(sprintf("%v", [object.get(flags, "3625", "off")]))

deny contains result if {
	engine
	value != "on"
	result := {
		"msg": sprintf("Cloud SQL instance %s has 3625 = %s, not on (CIS GCP 6.3.6)", [input.resource.id, value]),
		"evidence": {"flag": "3625", "value": object.get(flags, "3625", null), "default": "off"},
	}
}
