package vigil.gcp.container.gcp_container_cluster_legacy_abac_disabled_test

import data.vigil.gcp.container.gcp_container_cluster_legacy_abac_disabled

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "us-central1", "service": "container", "type": "gcp.container.cluster", "id": "c", "name": "c", "uid": "uid-c", "tags": {}, "attributes": attributes}

test_enabled_fails if {
	result := gcp_container_cluster_legacy_abac_disabled.deny with input as {"resource": res({"legacyAbac": {"enabled": true}})}
	count(result) == 1
}

test_disabled_passes if {
	result := gcp_container_cluster_legacy_abac_disabled.deny with input as {"resource": res({"legacyAbac": {"enabled": false}})}
	count(result) == 0
}

test_absent_passes if {
	result := gcp_container_cluster_legacy_abac_disabled.deny with input as {"resource": res({"legacyAbac": {}})}
	count(result) == 0
}
