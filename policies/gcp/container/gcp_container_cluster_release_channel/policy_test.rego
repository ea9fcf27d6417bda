package vigil.gcp.container.gcp_container_cluster_release_channel_test

import data.vigil.gcp.container.gcp_container_cluster_release_channel

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "container", "type": "gcp.container.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_regular_passes if {
	result := gcp_container_cluster_release_channel.deny with input as {"resource": res({"releaseChannel": {"channel": "REGULAR"}})}
	count(result) == 0
}

test_absent_fails if {
	result := gcp_container_cluster_release_channel.deny with input as {"resource": res({})}
	count(result) == 1
}

test_unspecified_fails if {
	result := gcp_container_cluster_release_channel.deny with input as {"resource": res({"releaseChannel": {"channel": "UNSPECIFIED"}})}
	count(result) == 1
}
