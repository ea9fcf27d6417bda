# METADATA
# scope: package
# title: GKE clusters have basic authentication disabled
# description: masterAuth must carry neither a username nor a password (the snapshot keeps them as present and
#   sha256 only).
# custom:
#   id: gcp_container_cluster_basic_auth_disabled
#   severity: high
#   resource_types:
#   - gcp.container.cluster
#   risk: A static username and password to the control plane never expire and bypass Google identity, MFA and
#     audit by user.
#   remediation:
#     text: Disable basic authentication (clusters on GKE 1.19 and later cannot have it; upgrade or recreate
#       old ones).
#     cli: |-
#       gcloud container clusters update <cluster> --location=<location> --no-enable-basic-auth
#     terraform: |-
#       resource "google_container_cluster" "apps" {
#         name     = "apps"
#         location = "us-central1"
#         release_channel { channel = "REGULAR" }
#         network_policy {
#           enabled  = true
#           provider = "CALICO"
#         }
#         master_auth {
#           client_certificate_config { issue_client_certificate = false }
#         }
#       }
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#restrict_authn_methods
#   categories:
#   - identity
package vigil.gcp.container.gcp_container_cluster_basic_auth_disabled

auth := object.get(input.resource.attributes, "masterAuth", {})

set_fields := sort([f |
	some f in ["username", "password"]
	set(object.get(auth, f, null))
])

# the collector stores these fields as {present, sha256}; a raw value (never expected) counts as set too
set(v) if object.get(v, "present", false) == true

set(v) if {
	is_string(v)
	v != ""
}

deny contains result if {
	count(set_fields) > 0
	result := {
		"msg": sprintf("GKE cluster %s has basic authentication configured (%s)", [input.resource.id, concat(", ", set_fields)]),
		"evidence": {"attribute": "masterAuth", "fields": set_fields},
	}
}
