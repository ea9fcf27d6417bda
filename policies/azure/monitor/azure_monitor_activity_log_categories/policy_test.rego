package vigil.azure.monitor.azure_monitor_activity_log_categories_test

import data.vigil.azure.monitor.azure_monitor_activity_log_categories

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "monitor", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_partial_fails if {
	result := azure_monitor_activity_log_categories.deny with input as {"resource": res({"activityLogDiagnosticSettings": [{"name": "d", "properties": {"logs": [{"category": "Administrative", "enabled": true}]}}]}, {})}
	count(result) == 1
}

test_complete_passes if {
	result := azure_monitor_activity_log_categories.deny with input as {"resource": res({"activityLogDiagnosticSettings": [{"name": "d", "properties": {"logs": [{"category": "Administrative", "enabled": true}, {"category": "Security", "enabled": true}, {"category": "Policy", "enabled": true}, {"category": "Alert", "enabled": true}, {"category": "Autoscale", "enabled": true}]}}]}, {})}
	count(result) == 0
}

test_none_passes_here if {
	result := azure_monitor_activity_log_categories.deny with input as {"resource": res({"activityLogDiagnosticSettings": []}, {})}
	count(result) == 0
}
