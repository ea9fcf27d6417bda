# METADATA
# scope: package
# title: Cloud Functions do not accept traffic from the whole internet
# description: ingressSettings must be ALLOW_INTERNAL_ONLY or ALLOW_INTERNAL_AND_GCLB (absent means ALLOW_ALL).
# custom:
#   id: gcp_functions_function_ingress_restricted
#   severity: medium
#   resource_types:
#   - gcp.functions.function
#   risk: With ALLOW_ALL the function's URL is reachable from anywhere, not only from the VPC or the load
#     balancer meant to front it.
#   remediation:
#     text: Set the ingress settings to internal only, or internal and Cloud Load Balancing.
#     cli: |-
#       gcloud functions deploy <function> --region=<region> --ingress-settings=internal-only
#     terraform: |-
#       resource "google_cloudfunctions_function" "hook" {
#         name             = "hook"
#         runtime          = "python312"
#         ingress_settings = "ALLOW_INTERNAL_ONLY"
#         trigger_http     = true
#       }
#     url: https://cloud.google.com/functions/docs/networking/network-settings#ingress_settings
#   categories:
#   - network
#   - public-exposure
package vigil.gcp.functions.gcp_functions_function_ingress_restricted

ingress := object.get(input.resource.attributes, "ingressSettings", "ALLOW_ALL")

deny contains result if {
	not ingress in {"ALLOW_INTERNAL_ONLY", "ALLOW_INTERNAL_AND_GCLB"}
	result := {
		"msg": sprintf("Cloud Function %s accepts traffic from the internet (ingressSettings %s)", [input.resource.name, ingress]),
		"evidence": {"attribute": "ingressSettings", "value": ingress},
	}
}
