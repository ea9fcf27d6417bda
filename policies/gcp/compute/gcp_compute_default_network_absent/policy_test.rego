package vigil.gcp.compute.gcp_compute_default_network_absent_test

import data.vigil.gcp.compute.gcp_compute_default_network_absent

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.network", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_default_fails if {
	result := gcp_compute_default_network_absent.deny with input as {"resource": res({"name": "default", "autoCreateSubnetworks": true}, {})}
	count(result) == 1
}

test_custom_passes if {
	result := gcp_compute_default_network_absent.deny with input as {"resource": res({"name": "vpc-main"}, {})}
	count(result) == 0
}
