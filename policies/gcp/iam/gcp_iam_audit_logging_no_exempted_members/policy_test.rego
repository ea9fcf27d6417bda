package vigil.gcp.iam.gcp_iam_audit_logging_no_exempted_members_test

import data.vigil.gcp.iam.gcp_iam_audit_logging_no_exempted_members

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_no_exemption_passes if {
	result := gcp_iam_audit_logging_no_exempted_members.deny with input as {"resource": res({"iamPolicy": {"bindings": [], "auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]}]}})}
	count(result) == 0
}

test_project_exemption_fails if {
	result := gcp_iam_audit_logging_no_exempted_members.deny with input as {"resource": res({"iamPolicy": {"bindings": [], "auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ", "exemptedMembers": ["user:a@x.example"]}, {"logType": "DATA_WRITE"}]}]}})}
	count(result) == 1
}

test_empty_exemption_list_passes if {
	result := gcp_iam_audit_logging_no_exempted_members.deny with input as {"resource": res({"iamPolicy": {"bindings": [], "auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ", "exemptedMembers": []}, {"logType": "DATA_WRITE"}]}]}})}
	count(result) == 0
}

test_folder_exemption_fails if {
	result := gcp_iam_audit_logging_no_exempted_members.deny with input as {"resource": res({"iamPolicy": {"bindings": []}}), "account": {"ou_path": ["organizations/9", "folders/1"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["folders/1"], "document": {"auditConfigs": [{"service": "storage.googleapis.com", "auditLogConfigs": [{"logType": "DATA_READ", "exemptedMembers": ["group:g@x.example"]}]}]}}]}
	count(result) == 1
}

test_other_folder_exemption_passes if {
	result := gcp_iam_audit_logging_no_exempted_members.deny with input as {"resource": res({"iamPolicy": {"bindings": []}}), "account": {"ou_path": ["organizations/9", "folders/2"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["folders/1"], "document": {"auditConfigs": [{"service": "storage.googleapis.com", "auditLogConfigs": [{"logType": "DATA_READ", "exemptedMembers": ["group:g@x.example"]}]}]}}]}
	count(result) == 0
}
