package vigil.gcp.compute.gcp_compute_instance_shielded_vm_test

import data.vigil.gcp.compute.gcp_compute_instance_shielded_vm

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_no_vtpm_fails if {
	result := gcp_compute_instance_shielded_vm.deny with input as {"resource": res({"shieldedInstanceConfig": {"enableVtpm": false, "enableIntegrityMonitoring": true}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_compute_instance_shielded_vm.deny with input as {"resource": res({}, {})}
	count(result) == 2
}

test_shielded_passes if {
	result := gcp_compute_instance_shielded_vm.deny with input as {"resource": res({"name": "vm", "networkInterfaces": [{"network": "n"}], "serviceAccounts": [{"email": "app@p.iam.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}], "metadata": {"items": [{"key": "block-project-ssh-keys", "value": "true"}]}, "shieldedInstanceConfig": {"enableVtpm": true, "enableIntegrityMonitoring": true}, "canIpForward": false}, {})}
	count(result) == 0
}
