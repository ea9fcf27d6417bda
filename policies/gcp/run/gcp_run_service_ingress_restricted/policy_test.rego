package vigil.gcp.run.gcp_run_service_ingress_restricted_test

import data.vigil.gcp.run.gcp_run_service_ingress_restricted

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "run", "type": "gcp.run.service", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_absent_fails if {
	result := gcp_run_service_ingress_restricted.deny with input as {"resource": res({"metadata": {"name": "s"}})}
	count(result) == 1
}

test_all_fails if {
	result := gcp_run_service_ingress_restricted.deny with input as {"resource": res({"metadata": {"annotations": {"run.googleapis.com/ingress": "all"}}})}
	count(result) == 1
}

test_internal_passes if {
	result := gcp_run_service_ingress_restricted.deny with input as {"resource": res({"metadata": {"annotations": {"run.googleapis.com/ingress": "internal"}}})}
	count(result) == 0
}

test_load_balancer_passes if {
	result := gcp_run_service_ingress_restricted.deny with input as {"resource": res({"metadata": {"annotations": {"run.googleapis.com/ingress": "internal-and-cloud-load-balancing"}}})}
	count(result) == 0
}
