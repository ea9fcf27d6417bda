package vigil.gcp.container.gcp_container_cluster_client_cert_disabled_test

import data.vigil.gcp.container.gcp_container_cluster_client_cert_disabled

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "container", "type": "gcp.container.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_issued_fails if {
	result := gcp_container_cluster_client_cert_disabled.deny with input as {"resource": res({"masterAuth": {"clientCertificateConfig": {"issueClientCertificate": true}}})}
	count(result) == 1
}

test_not_issued_passes if {
	result := gcp_container_cluster_client_cert_disabled.deny with input as {"resource": res({"masterAuth": {"clientCertificateConfig": {"issueClientCertificate": false}}})}
	count(result) == 0
}

test_absent_passes if {
	result := gcp_container_cluster_client_cert_disabled.deny with input as {"resource": res({})}
	count(result) == 0
}
