# METADATA
# scope: package
# title: Cloud SQL instances do not authorize 0.0.0.0/0
# description: 'No settings.ipConfiguration.authorizedNetworks entry may be 0.0.0.0/0 or ::/0.'
# custom:
#   id: gcp_sql_instance_no_world_network
#   severity: critical
#   resource_types:
#   - gcp.sql.instance
#   risk: The database accepts connections from anywhere on the internet.
#   remediation:
#     text: Remove the world entry; authorize specific ranges or use the Cloud SQL Auth Proxy over
#       private IP.
#     cli: |-
#       gcloud sql instances patch <instance> --authorized-networks=<office-cidr>
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
package vigil.gcp.sql.gcp_sql_instance_no_world_network

import data.vigil.lib.gcp.util

deny contains result if {
	some i, network in object.get(object.get(object.get(input.resource.attributes, "settings", {}), "ipConfiguration", {}), "authorizedNetworks", [])
	network.value in util.world_ranges
	result := {
		"msg": sprintf("Cloud SQL instance %s authorizes %s (%s)", [input.resource.id, network.value, object.get(network, "name", "")]),
		"evidence": {"attribute": sprintf("settings.ipConfiguration.authorizedNetworks[%d]", [i]), "value": network},
	}
}
