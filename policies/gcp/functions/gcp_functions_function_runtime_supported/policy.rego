# METADATA
# scope: package
# title: Cloud Functions run on a supported runtime
# description: runtime must not be in gcp_deprecated_function_runtimes (default — the runtimes past their
#   deprecation date in Google's runtime support schedule as of December 2026).
# custom:
#   id: gcp_functions_function_runtime_supported
#   severity: medium
#   resource_types:
#   - gcp.functions.function
#   risk: A deprecated runtime gets no security patches for its language and base image, and deployments of it
#     are eventually blocked.
#   remediation:
#     text: Redeploy the function on a supported runtime (for example nodejs22, python312, go123, java21).
#     cli: |-
#       gcloud functions deploy <function> --region=<region> --runtime=python312
#     terraform: |-
#       resource "google_cloudfunctions_function" "hook" {
#         name    = "hook"
#         runtime = "python312"
#       }
#     url: https://cloud.google.com/functions/docs/runtime-support
#   categories:
#   - compute
package vigil.gcp.functions.gcp_functions_function_runtime_supported

default_deprecated := {
	"nodejs6", "nodejs8", "nodejs10", "nodejs12", "nodejs14", "nodejs16", "nodejs18",
	"python37", "python38", "python39",
	"go111", "go113", "go116", "go118", "go119", "go120",
	"java11",
	"ruby26", "ruby27", "ruby30", "ruby32",
	"php74", "php81",
	"dotnet3", "dotnet6",
}

deprecated := {r | some r in data.vigil.config.gcp_deprecated_function_runtimes} if has_setting

deprecated := default_deprecated if not has_setting

has_setting if {
	is_object(data.vigil.config)
	_ = data.vigil.config.gcp_deprecated_function_runtimes
}

deny contains result if {
	runtime := object.get(input.resource.attributes, "runtime", "")
	runtime in deprecated
	result := {
		"msg": sprintf("Cloud Function %s runs on the deprecated runtime %s", [input.resource.name, runtime]),
		"evidence": {"attribute": "runtime", "value": runtime},
	}
}
