package vigil.gcp.container.gcp_container_cluster_shielded_nodes_test

import data.vigil.gcp.container.gcp_container_cluster_shielded_nodes

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "us-central1", "service": "container", "type": "gcp.container.cluster", "id": "c", "name": "c", "uid": "uid-c", "tags": {}, "attributes": attributes}

test_disabled_fails if {
	result := gcp_container_cluster_shielded_nodes.deny with input as {"resource": res({"shieldedNodes": {"enabled": false}})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_container_cluster_shielded_nodes.deny with input as {"resource": res({})}
	count(result) == 1
}

test_enabled_passes if {
	result := gcp_container_cluster_shielded_nodes.deny with input as {"resource": res({"shieldedNodes": {"enabled": true}})}
	count(result) == 0
}
