# METADATA
# scope: package
# title: GKE node pools have auto-repair enabled
# description: Every nodePools[] entry must have management.autoRepair true.
# custom:
#   id: gcp_container_cluster_node_auto_repair
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: An unhealthy node that is not repaired keeps running workloads in a degraded, possibly unpatched
#     state.
#   remediation:
#     text: Enable node auto-repair on every node pool.
#     cli: |-
#       gcloud container node-pools update <pool> --cluster=<cluster> --location=<location> --enable-auto-repair
#     terraform: |-
#       resource "google_container_node_pool" "default" {
#         name    = "default-pool"
#         cluster = google_container_cluster.apps.id
#         management {
#           auto_upgrade = true
#           auto_repair  = true
#         }
#       }
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair
#   categories:
#   - compute
package vigil.gcp.container.gcp_container_cluster_node_auto_repair

pools := sort([pool.name |
	some pool in object.get(input.resource.attributes, "nodePools", [])
	object.get(object.get(pool, "management", {}), "autoRepair", false) != true
])

deny contains result if {
	count(pools) > 0
	result := {
		"msg": sprintf("GKE cluster %s has node pools without auto-repair: %s", [input.resource.id, concat(", ", pools)]),
		"evidence": {"attribute": "nodePools[].management.autoRepair", "pools": pools},
	}
}
