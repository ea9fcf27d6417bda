package vigil.gcp.iam.gcp_iam_audit_logging_all_services_test

import data.vigil.gcp.iam.gcp_iam_audit_logging_all_services

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_missing_fails if {
	result := gcp_iam_audit_logging_all_services.deny with input as {"resource": res({"iamPolicy": {"bindings": []}}, {})}
	count(result) == 1
}

test_project_config_passes if {
	result := gcp_iam_audit_logging_all_services.deny with input as {"resource": res({"iamPolicy": {"bindings": [], "auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]}]}}, {})}
	count(result) == 0
}

test_partial_config_fails if {
	result := gcp_iam_audit_logging_all_services.deny with input as {"resource": res({"iamPolicy": {"auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}]}]}}, {})}
	count(result) == 1
}

test_inherited_from_folder_passes if {
	result := gcp_iam_audit_logging_all_services.deny with input as {"resource": res({"iamPolicy": {"bindings": []}}, {}), "account": {"ou_path": ["organizations/9", "folders/1"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["folders/1"], "document": {"auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]}]}}]}
	count(result) == 0
}

test_other_folder_does_not_count if {
	result := gcp_iam_audit_logging_all_services.deny with input as {"resource": res({"iamPolicy": {"bindings": []}}, {}), "account": {"ou_path": ["organizations/9", "folders/2"]}} with data.vigil.org as {"policies": [{"type": "IAM_POLICY", "targets": ["folders/1"], "document": {"auditConfigs": [{"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]}]}}]}
	count(result) == 1
}
