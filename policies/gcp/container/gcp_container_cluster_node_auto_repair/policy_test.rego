package vigil.gcp.container.gcp_container_cluster_node_auto_repair_test

import data.vigil.gcp.container.gcp_container_cluster_node_auto_repair

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "container", "type": "gcp.container.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_enabled_passes if {
	result := gcp_container_cluster_node_auto_repair.deny with input as {"resource": res({"nodePools": [{"name": "a", "management": {"autoRepair": true}}]})}
	count(result) == 0
}

test_absent_fails if {
	result := gcp_container_cluster_node_auto_repair.deny with input as {"resource": res({"nodePools": [{"name": "a"}]})}
	count(result) == 1
}

test_one_pool_off_fails if {
	result := gcp_container_cluster_node_auto_repair.deny with input as {"resource": res({"nodePools": [{"name": "a", "management": {"autoRepair": true}}, {"name": "b", "management": {"autoRepair": false}}]})}
	count(result) == 1
}
