package vigil.gcp.container.gcp_container_cluster_basic_auth_disabled_test

import data.vigil.gcp.container.gcp_container_cluster_basic_auth_disabled

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "container", "type": "gcp.container.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_redacted_password_fails if {
	result := gcp_container_cluster_basic_auth_disabled.deny with input as {"resource": res({"masterAuth": {"username": {"present": true, "sha256": "ab"}, "password": {"present": true, "sha256": "cd"}}})}
	count(result) == 1
}

test_no_basic_auth_passes if {
	result := gcp_container_cluster_basic_auth_disabled.deny with input as {"resource": res({"masterAuth": {"clusterCaCertificate": "LS0t", "clientCertificateConfig": {}}})}
	count(result) == 0
}

test_empty_username_passes if {
	result := gcp_container_cluster_basic_auth_disabled.deny with input as {"resource": res({"masterAuth": {"username": ""}})}
	count(result) == 0
}
