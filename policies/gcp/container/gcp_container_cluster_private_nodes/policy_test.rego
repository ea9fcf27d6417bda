package vigil.gcp.container.gcp_container_cluster_private_nodes_test

import data.vigil.gcp.container.gcp_container_cluster_private_nodes

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "us-central1", "service": "container", "type": "gcp.container.cluster", "id": "c", "name": "c", "uid": "uid-c", "tags": {}, "attributes": attributes}

test_no_private_config_fails if {
	result := gcp_container_cluster_private_nodes.deny with input as {"resource": res({})}
	count(result) == 1
}

test_private_nodes_false_fails if {
	result := gcp_container_cluster_private_nodes.deny with input as {"resource": res({"privateClusterConfig": {"enablePrivateNodes": false}})}
	count(result) == 1
}

test_private_nodes_passes if {
	result := gcp_container_cluster_private_nodes.deny with input as {"resource": res({"privateClusterConfig": {"enablePrivateNodes": true}})}
	count(result) == 0
}

test_default_private_nodes_passes if {
	result := gcp_container_cluster_private_nodes.deny with input as {"resource": res({"networkConfig": {"defaultEnablePrivateNodes": true}})}
	count(result) == 0
}
