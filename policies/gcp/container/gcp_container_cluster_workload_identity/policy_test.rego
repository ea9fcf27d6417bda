package vigil.gcp.container.gcp_container_cluster_workload_identity_test

import data.vigil.gcp.container.gcp_container_cluster_workload_identity

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "us-central1", "service": "container", "type": "gcp.container.cluster", "id": "c", "name": "c", "uid": "uid-c", "tags": {}, "attributes": attributes}

test_absent_fails if {
	result := gcp_container_cluster_workload_identity.deny with input as {"resource": res({})}
	count(result) == 1
}

test_empty_fails if {
	result := gcp_container_cluster_workload_identity.deny with input as {"resource": res({"workloadIdentityConfig": {"workloadPool": ""}})}
	count(result) == 1
}

test_pool_passes if {
	result := gcp_container_cluster_workload_identity.deny with input as {"resource": res({"workloadIdentityConfig": {"workloadPool": "p.svc.id.goog"}})}
	count(result) == 0
}
