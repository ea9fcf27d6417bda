# METADATA
# scope: package
# title: Cloud SQL instances have no public IP address
# description: settings.ipConfiguration.ipv4Enabled must not be true.
# custom:
#   id: gcp_sql_instance_no_public_ip
#   severity: high
#   resource_types:
#   - gcp.sql.instance
#   risk: A public address exposes the database listener to the internet; only authorized networks stand
#     in the way.
#   remediation:
#     text: Use private IP (Private Service Access) and disable the public address.
#     cli: |-
#       gcloud sql instances patch <instance> --no-assign-ip --network=<network>
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
#     url: https://cloud.google.com/sql/docs/postgres/configure-ip
#   categories:
#   - network
#   - public-exposure
package vigil.gcp.sql.gcp_sql_instance_no_public_ip


deny contains result if {
	input.resource.attributes.settings.ipConfiguration.ipv4Enabled == true
	result := {
		"msg": sprintf("Cloud SQL instance %s has a public IP address", [input.resource.id]),
		"evidence": {"attribute": "settings.ipConfiguration.ipv4Enabled", "value": true},
	}
}
