package vigil.gcp.compute.gcp_compute_subnet_private_google_access_test

import data.vigil.gcp.compute.gcp_compute_subnet_private_google_access

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.subnetwork", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_off_fails if {
	result := gcp_compute_subnet_private_google_access.deny with input as {"resource": res({"privateIpGoogleAccess": false}, {})}
	count(result) == 1
}

test_on_passes if {
	result := gcp_compute_subnet_private_google_access.deny with input as {"resource": res({"privateIpGoogleAccess": true}, {})}
	count(result) == 0
}
