package vigil.gcp.container.gcp_container_cluster_private_endpoint_test

import data.vigil.gcp.container.gcp_container_cluster_private_endpoint

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "us-central1", "service": "container", "type": "gcp.container.cluster", "id": "c", "name": "c", "uid": "uid-c", "tags": {}, "attributes": attributes}

test_public_cluster_fails if {
	result := gcp_container_cluster_private_endpoint.deny with input as {"resource": res({})}
	count(result) == 1
}

test_private_nodes_public_endpoint_fails if {
	result := gcp_container_cluster_private_endpoint.deny with input as {"resource": res({"privateClusterConfig": {"enablePrivateNodes": true, "enablePrivateEndpoint": false}, "masterAuthorizedNetworksConfig": {"enabled": true}})}
	count(result) == 1
}

test_private_endpoint_passes if {
	result := gcp_container_cluster_private_endpoint.deny with input as {"resource": res({"privateClusterConfig": {"enablePrivateNodes": true, "enablePrivateEndpoint": true}})}
	count(result) == 0
}

test_public_endpoint_disabled_passes if {
	result := gcp_container_cluster_private_endpoint.deny with input as {"resource": res({"controlPlaneEndpointsConfig": {"ipEndpointsConfig": {"enabled": true, "enablePublicEndpoint": false}}})}
	count(result) == 0
}
