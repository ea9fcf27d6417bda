package vigil.azure.monitor.azure_monitor_activity_log_exported_test

import data.vigil.azure.monitor.azure_monitor_activity_log_exported

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "monitor", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_none_fails if {
	result := azure_monitor_activity_log_exported.deny with input as {"resource": res({"activityLogDiagnosticSettings": []}, {})}
	count(result) == 1
}

test_setting_passes if {
	result := azure_monitor_activity_log_exported.deny with input as {"resource": res({"activityLogDiagnosticSettings": [{"name": "d", "properties": {"logs": [{"category": "Administrative", "enabled": true}]}}]}, {})}
	count(result) == 0
}
