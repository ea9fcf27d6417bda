# METADATA
# scope: package
# title: Cloud Functions are not invokable by allUsers or allAuthenticatedUsers
# description: No binding of the function's IAM policy may have the member allUsers or allAuthenticatedUsers.
# custom:
#   id: gcp_functions_function_not_public
#   severity: high
#   resource_types:
#   - gcp.functions.function
#   risk: Anyone on the internet (or any Google account) can trigger a public function and whatever it does
#     with its service account's permissions.
#   remediation:
#     text: Remove the public members and grant roles/cloudfunctions.invoker to the callers' identities.
#     cli: |-
#       gcloud functions remove-iam-policy-binding <function> --region=<region> --member=allUsers --role=roles/cloudfunctions.invoker
#     terraform: |-
#       resource "google_cloudfunctions_function_iam_member" "invoker" {
#         cloud_function = google_cloudfunctions_function.hook.name
#         role           = "roles/cloudfunctions.invoker"
#         member         = "serviceAccount:scheduler@my-project.iam.gserviceaccount.com"
#       }
#     url: https://cloud.google.com/functions/docs/securing/managing-access-iam
#   categories:
#   - public-exposure
#   - identity
package vigil.gcp.functions.gcp_functions_function_not_public

import data.vigil.lib.gcp.util

public_grants := sort([sprintf("%s: %s", [b[0], b[1]]) |
	some b in util.bindings(input.resource.attributes.iamPolicy)
	b[1] in util.public_members
])

deny contains result if {
	count(public_grants) > 0
	result := {
		"msg": sprintf("Cloud Function %s grants roles to the public (%s)", [input.resource.name, concat(", ", public_grants)]),
		"evidence": {"attribute": "iamPolicy.bindings", "value": public_grants},
	}
}
