# METADATA
# scope: package
# title: Instances do not use the Compute Engine default service account
# description: No serviceAccounts[] entry may have an email ending in -compute@developer.gserviceaccount.com,
#   except on GKE nodes (a name starting with gke- and the label goog-gke-node).
# custom:
#   id: gcp_compute_instance_no_default_sa
#   severity: medium
#   resource_types:
#   - gcp.compute.instance
#   risk: The default service account holds the Editor role on the project by default; every process on the
#     instance can then change almost anything in the project.
#   remediation:
#     text: Create a dedicated service account with only the roles the workload needs and attach it to the
#       instance.
#     cli: |-
#       gcloud compute instances set-service-account <instance> --zone=<zone> --service-account=app@<project>.iam.gserviceaccount.com --scopes=cloud-platform
#     terraform: |-
#       resource "google_compute_instance" "app" {
#         name         = "app-1"
#         machine_type = "e2-medium"
#         zone         = "us-central1-a"
#         service_account {
#           email  = google_service_account.app.email
#           scopes = ["cloud-platform"]
#         }
#       }
#     url: https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
#   categories:
#   - identity
package vigil.gcp.compute.gcp_compute_instance_no_default_sa

attributes := input.resource.attributes

gke_node if {
	startswith(object.get(attributes, "name", ""), "gke-")
	"goog-gke-node" in object.keys(object.get(attributes, "labels", {}))
}

default_accounts := [sa.email |
	some sa in object.get(attributes, "serviceAccounts", [])
	endswith(object.get(sa, "email", ""), "-compute@developer.gserviceaccount.com")
]

deny contains result if {
	not gke_node
	count(default_accounts) > 0
	result := {
		"msg": sprintf("Instance %s uses the Compute Engine default service account %s", [input.resource.id, default_accounts[0]]),
		"evidence": {"attribute": "serviceAccounts[].email", "value": default_accounts},
	}
}
