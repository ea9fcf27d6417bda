package vigil.gcp.compute.gcp_compute_subnet_flow_logs_test

import data.vigil.gcp.compute.gcp_compute_subnet_flow_logs

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.subnetwork", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_disabled_fails if {
	result := gcp_compute_subnet_flow_logs.deny with input as {"resource": res({"purpose": "PRIVATE", "logConfig": {"enable": false}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_compute_subnet_flow_logs.deny with input as {"resource": res({}, {})}
	count(result) == 1
}

test_enabled_passes if {
	result := gcp_compute_subnet_flow_logs.deny with input as {"resource": res({"purpose": "PRIVATE", "logConfig": {"enable": true}}, {})}
	count(result) == 0
}

test_proxy_subnet_passes if {
	result := gcp_compute_subnet_flow_logs.deny with input as {"resource": res({"purpose": "REGIONAL_MANAGED_PROXY"}, {})}
	count(result) == 0
}
