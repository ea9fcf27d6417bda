# METADATA
# scope: package
# title: Cloud Run services do not accept traffic from the whole internet
# description: The service's metadata.annotations["run.googleapis.com/ingress"] must be internal or internal-and-
#   cloud-load-balancing (absent means all).
# custom:
#   id: gcp_run_service_ingress_restricted
#   severity: medium
#   resource_types:
#   - gcp.run.service
#   risk: With ingress all, the service's run.app URL is reachable from anywhere, bypassing the load balancer,
#     Cloud Armor and IAP in front of it.
#   remediation:
#     text: Set ingress to internal, or internal-and-cloud-load-balancing behind an external load balancer.
#     cli: |-
#       gcloud run services update <service> --region=<region> --ingress=internal-and-cloud-load-balancing
#     terraform: |-
#       resource "google_cloud_run_v2_service" "api" {
#         name     = "api"
#         location = "us-central1"
#         ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"
#         template {
#           containers { image = "us-docker.pkg.dev/my-project/app/api:1.0" }
#         }
#       }
#     url: https://cloud.google.com/run/docs/securing/ingress
#   categories:
#   - network
#   - public-exposure
package vigil.gcp.run.gcp_run_service_ingress_restricted

ingress := object.get(object.get(object.get(input.resource.attributes, "metadata", {}), "annotations", {}), "run.googleapis.com/ingress", "all")

deny contains result if {
	not ingress in {"internal", "internal-and-cloud-load-balancing"}
	result := {
		"msg": sprintf("Cloud Run service %s accepts traffic from the internet (ingress %s)", [input.resource.name, ingress]),
		"evidence": {"attribute": "metadata.annotations.run.googleapis.com/ingress", "value": ingress},
	}
}
