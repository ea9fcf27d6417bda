# METADATA
# scope: package
# title: Cloud SQL instances have automated backups
# description: settings.backupConfiguration.enabled must be true.
# custom:
#   id: gcp_sql_instance_backups_enabled
#   severity: medium
#   resource_types:
#   - gcp.sql.instance
#   risk: Without backups a deletion, corruption or ransomware event loses the data for good.
#   remediation:
#     text: Enable automated backups (and point-in-time recovery).
#     cli: |-
#       gcloud sql instances patch <instance> --backup-start-time=02:00 --enable-point-in-time-recovery
#     terraform: |-
#       resource "google_sql_database_instance" "db" {
#         name             = "orders"
#         database_version = "POSTGRES_16"
#         settings {
#           tier = "db-custom-2-7680"
#           ip_configuration {
#             ipv4_enabled    = false
#             private_network = google_compute_network.main.id
#             ssl_mode        = "ENCRYPTED_ONLY"
#           }
#           backup_configuration { enabled = true }
#         }
#       }
#     url: https://cloud.google.com/sql/docs/postgres/backup-recovery/backups
#   categories:
#   - data-protection
package vigil.gcp.sql.gcp_sql_instance_backups_enabled


deny contains result if {
	not object.get(object.get(object.get(input.resource.attributes, "settings", {}), "backupConfiguration", {}), "enabled", false) == true
	result := {
		"msg": sprintf("Cloud SQL instance %s has automated backups off", [input.resource.id]),
		"evidence": {"attribute": "settings.backupConfiguration.enabled", "value": false},
	}
}
