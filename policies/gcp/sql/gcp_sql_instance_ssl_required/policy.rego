# METADATA
# scope: package
# title: Cloud SQL instances require encrypted connections
# description: settings.ipConfiguration.sslMode must be ENCRYPTED_ONLY or
#   TRUSTED_CLIENT_CERTIFICATE_REQUIRED (or, without sslMode, requireSsl must be true).
# custom:
#   id: gcp_sql_instance_ssl_required
#   severity: high
#   resource_types:
#   - gcp.sql.instance
#   risk: Unencrypted database connections expose credentials and data to anyone on the path.
#   remediation:
#     text: Set the SSL mode to ENCRYPTED_ONLY (or require trusted client certificates).
#     cli: |-
#       gcloud sql instances patch <instance> --ssl-mode=ENCRYPTED_ONLY
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
#     url: https://cloud.google.com/sql/docs/postgres/configure-ssl-instance
#   categories:
#   - encryption
package vigil.gcp.sql.gcp_sql_instance_ssl_required


deny contains result if {
	ip := object.get(object.get(input.resource.attributes, "settings", {}), "ipConfiguration", {})
	not encrypted(ip)
	result := {
		"msg": sprintf("Cloud SQL instance %s accepts unencrypted connections (sslMode %s)", [input.resource.id, object.get(ip, "sslMode", "unset")]),
		"evidence": {"attribute": "settings.ipConfiguration.sslMode", "value": object.get(ip, "sslMode", null)},
	}
}

encrypted(ip) if ip.sslMode in {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

encrypted(ip) if {
	not ip.sslMode
	ip.requireSsl == true
}
