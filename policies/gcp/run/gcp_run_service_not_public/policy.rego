# METADATA
# scope: package
# title: Cloud Run services are not invokable by allUsers or allAuthenticatedUsers
# description: No binding of the service's IAM policy may have the member allUsers or allAuthenticatedUsers.
# custom:
#   id: gcp_run_service_not_public
#   severity: high
#   resource_types:
#   - gcp.run.service
#   risk: Anyone on the internet (or any Google account) can call a publicly invokable service; internal APIs
#     and admin endpoints are then exposed.
#   remediation:
#     text: Remove the public members and grant roles/run.invoker to the callers' identities; serve public
#       sites through a load balancer with IAP or Cloud Armor.
#     cli: |-
#       gcloud run services remove-iam-policy-binding <service> --region=<region> --member=allUsers --role=roles/run.invoker
#     terraform: |-
#       resource "google_cloud_run_v2_service_iam_member" "invoker" {
#         name     = google_cloud_run_v2_service.api.name
#         location = google_cloud_run_v2_service.api.location
#         role     = "roles/run.invoker"
#         member   = "serviceAccount:frontend@my-project.iam.gserviceaccount.com"
#       }
#     url: https://cloud.google.com/run/docs/securing/managing-access
#   categories:
#   - public-exposure
#   - identity
package vigil.gcp.run.gcp_run_service_not_public

import data.vigil.lib.gcp.util

public_grants := sort([sprintf("%s: %s", [b[0], b[1]]) |
	some b in util.bindings(input.resource.attributes.iamPolicy)
	b[1] in util.public_members
])

deny contains result if {
	count(public_grants) > 0
	result := {
		"msg": sprintf("Cloud Run service %s grants roles to the public (%s)", [input.resource.name, concat(", ", public_grants)]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": public_grants},
	}
}
