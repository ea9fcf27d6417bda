package vigil.gcp.compute.gcp_compute_instance_no_default_sa_test

import data.vigil.gcp.compute.gcp_compute_instance_no_default_sa

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_default_fails if {
	result := gcp_compute_instance_no_default_sa.deny with input as {"resource": res({"name": "vm", "serviceAccounts": [{"email": "123-compute@developer.gserviceaccount.com", "scopes": []}]})}
	count(result) == 1
}

test_dedicated_passes if {
	result := gcp_compute_instance_no_default_sa.deny with input as {"resource": res({"name": "vm", "serviceAccounts": [{"email": "app@p.iam.gserviceaccount.com"}]})}
	count(result) == 0
}

test_gke_node_passes if {
	result := gcp_compute_instance_no_default_sa.deny with input as {"resource": res({"name": "gke-apps-pool-1", "labels": {"goog-gke-node": ""}, "serviceAccounts": [{"email": "123-compute@developer.gserviceaccount.com"}]})}
	count(result) == 0
}

test_gke_name_without_label_fails if {
	result := gcp_compute_instance_no_default_sa.deny with input as {"resource": res({"name": "gke-lookalike", "serviceAccounts": [{"email": "123-compute@developer.gserviceaccount.com"}]})}
	count(result) == 1
}

test_no_account_passes if {
	result := gcp_compute_instance_no_default_sa.deny with input as {"resource": res({"name": "vm"})}
	count(result) == 0
}
