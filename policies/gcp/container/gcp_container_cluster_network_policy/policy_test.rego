package vigil.gcp.container.gcp_container_cluster_network_policy_test

import data.vigil.gcp.container.gcp_container_cluster_network_policy

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "container", "type": "gcp.container.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_calico_passes if {
	result := gcp_container_cluster_network_policy.deny with input as {"resource": res({"networkPolicy": {"provider": "CALICO", "enabled": true}})}
	count(result) == 0
}

test_dataplane_v2_passes if {
	result := gcp_container_cluster_network_policy.deny with input as {"resource": res({"networkConfig": {"datapathProvider": "ADVANCED_DATAPATH"}})}
	count(result) == 0
}

test_absent_fails if {
	result := gcp_container_cluster_network_policy.deny with input as {"resource": res({})}
	count(result) == 1
}

test_disabled_fails if {
	result := gcp_container_cluster_network_policy.deny with input as {"resource": res({"networkPolicy": {"enabled": false}, "networkConfig": {"datapathProvider": "LEGACY_DATAPATH"}})}
	count(result) == 1
}
