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

redacted_script := {"key": "startup-script", "present": true, "sha256": "6c4f0b4e2f1d9a3e0d0f5b5c3a8e7d1c2b4a6f8e0d2c4b6a8f0e2d4c6b8a0f2e"}

test_redacted_values_are_not_evidence if {
	result := gcp_compute_project_os_login.deny with input as {"resource": res({"commonInstanceMetadata": {"items": [redacted_script, {"key": "enable-oslogin", "value": "FALSE"}]}}, {})}
	some r in result
	r.evidence == {"attribute": "commonInstanceMetadata.items[enable-oslogin]", "value": "FALSE"}
}

test_unset_flag_is_null_evidence if {
	result := gcp_compute_project_os_login.deny with input as {"resource": res({"commonInstanceMetadata": {"items": [redacted_script]}}, {})}
	some r in result
	r.evidence.value == null
}

test_redacted_flag_value_fails if {
	result := gcp_compute_project_os_login.deny with input as {"resource": res({"commonInstanceMetadata": {"items": [{"key": "enable-oslogin", "present": true, "sha256": "ab"}]}}, {})}
	count(result) == 1
}
