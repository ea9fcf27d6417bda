# METADATA
# scope: package
# title: GKE node pools have auto-upgrade enabled
# description: Every nodePools[] entry must have management.autoUpgrade true.
# custom:
#   id: gcp_container_cluster_node_auto_upgrade
#   severity: medium
#   resource_types:
#   - gcp.container.cluster
#   risk: Nodes that are not upgraded keep known vulnerabilities of the kubelet, container runtime and node
#     image.
#   remediation:
#     text: Enable node auto-upgrade on every node pool.
#     cli: |-
#       gcloud container node-pools update <pool> --cluster=<cluster> --location=<location> --enable-auto-upgrade
#     terraform: |-
#       resource "google_container_node_pool" "default" {
#         name    = "default-pool"
#         cluster = google_container_cluster.apps.id
#         management {
#           auto_upgrade = true
#           auto_repair  = true
#         }
#       }
#     url: https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades
#   categories:
#   - compute
package vigil.gcp.container.gcp_container_cluster_node_auto_upgrade

pools := sort([pool.name |
	some pool in object.get(input.resource.attributes, "nodePools", [])
	object.get(object.get(pool, "management", {}), "autoUpgrade", false) != true
])

deny contains result if {
	count(pools) > 0
	result := {
		"msg": sprintf("GKE cluster %s has node pools without auto-upgrade: %s", [input.resource.id, concat(", ", pools)]),
		"evidence": {"attribute": "nodePools[].management.autoUpgrade", "pools": pools},
	}
}
