package vigil.gcp.compute.gcp_compute_instance_ip_forwarding_disabled_test

import data.vigil.gcp.compute.gcp_compute_instance_ip_forwarding_disabled

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.instance", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_forwarding_fails if {
	result := gcp_compute_instance_ip_forwarding_disabled.deny with input as {"resource": res({"canIpForward": true}, {})}
	count(result) == 1
}

test_off_passes if {
	result := gcp_compute_instance_ip_forwarding_disabled.deny with input as {"resource": res({"name": "vm", "networkInterfaces": [{"network": "n"}], "serviceAccounts": [{"email": "app@p.iam.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}], "metadata": {"items": [{"key": "block-project-ssh-keys", "value": "true"}]}, "shieldedInstanceConfig": {"enableVtpm": true, "enableIntegrityMonitoring": true}, "canIpForward": false}, {})}
	count(result) == 0
}
