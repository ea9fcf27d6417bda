package vigil.gcp.compute.gcp_compute_instance_default_sa_full_access_test

import data.vigil.gcp.compute.gcp_compute_instance_default_sa_full_access

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_default_full_fails if {
	result := gcp_compute_instance_default_sa_full_access.deny with input as {"resource": res({"serviceAccounts": [{"email": "123-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}]}, {})}
	count(result) == 1
}

test_default_limited_passes if {
	result := gcp_compute_instance_default_sa_full_access.deny with input as {"resource": res({"serviceAccounts": [{"email": "123-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/devstorage.read_only"]}]}, {})}
	count(result) == 0
}

test_dedicated_passes if {
	result := gcp_compute_instance_default_sa_full_access.deny with input as {"resource": res({"name": "vm", "networkInterfaces": [{"network": "n"}], "serviceAccounts": [{"email": "app@p.iam.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}], "metadata": {"items": [{"key": "block-project-ssh-keys", "value": "true"}]}, "shieldedInstanceConfig": {"enableVtpm": true, "enableIntegrityMonitoring": true}, "canIpForward": false}, {})}
	count(result) == 0
}
