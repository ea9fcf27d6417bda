package vigil.gcp.compute.gcp_compute_project_os_login_test

import data.vigil.gcp.compute.gcp_compute_project_os_login

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_absent_fails if {
	result := gcp_compute_project_os_login.deny with input as {"resource": res({"commonInstanceMetadata": {"items": []}}, {})}
	count(result) == 1
}

test_false_fails if {
	result := gcp_compute_project_os_login.deny with input as {"resource": res({"commonInstanceMetadata": {"items": [{"key": "enable-oslogin", "value": "FALSE"}]}}, {})}
	count(result) == 1
}

test_true_passes if {
	result := gcp_compute_project_os_login.deny with input as {"resource": res({"commonInstanceMetadata": {"items": [{"key": "enable-oslogin", "value": "TRUE"}]}}, {})}
	count(result) == 0
}
