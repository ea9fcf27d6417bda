package vigil.lib.gcp.logging_test

import data.vigil.lib.gcp.logging

f := `resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")`

metric(name, filter) := {"attributes": {"name": name, "filter": filter}}

alert(condition, enabled) := {"attributes": {"displayName": "a", "enabled": enabled, "conditions": [condition]}}

threshold(name) := {"conditionThreshold": {"filter": sprintf(`metric.type="logging.googleapis.com/user/%s" AND resource.type="global"`, [name])}}

test_no_metric if {
	logging.problem({}, f) == "no enabled log-based metric has the CIS filter"
}

test_metric_without_alert if {
	logging.problem({"gcp.logging.metric": [metric("routes", f)]}, f) == "no enabled alert policy watches the metric(s) routes"
}

test_metric_and_alert_pass if {
	not logging.problem({"gcp.logging.metric": [metric("routes", f)], "gcp.monitoring.alert_policy": [alert(threshold("routes"), true)]}, f)
}

test_whitespace_ignored if {
	spaced := "resource.type=\"gce_route\"\n  AND (protoPayload.methodName:\"compute.routes.delete\"\n  OR protoPayload.methodName:\"compute.routes.insert\")"
	not logging.problem({"gcp.logging.metric": [metric("routes", spaced)], "gcp.monitoring.alert_policy": [alert(threshold("routes"), true)]}, f)
}

test_disabled_alert_does_not_count if {
	logging.problem({"gcp.logging.metric": [metric("routes", f)], "gcp.monitoring.alert_policy": [alert(threshold("routes"), false)]}, f)
}

test_alert_on_metric_with_longer_name_does_not_count if {
	logging.problem({"gcp.logging.metric": [metric("routes", f)], "gcp.monitoring.alert_policy": [alert(threshold("routes-old"), true)]}, f)
}

test_narrower_filter_does_not_count if {
	narrow := `resource.type="gce_route" AND protoPayload.methodName:"compute.routes.delete"`
	logging.problem({"gcp.logging.metric": [metric("routes", narrow)], "gcp.monitoring.alert_policy": [alert(threshold("routes"), true)]}, f)
}

test_disabled_metric_does_not_count if {
	m := {"attributes": {"name": "routes", "filter": f, "disabled": true}}
	logging.problem({"gcp.logging.metric": [m], "gcp.monitoring.alert_policy": [alert(threshold("routes"), true)]}, f)
}

test_absence_condition_counts if {
	a := alert({"conditionAbsent": {"filter": `metric.type="logging.googleapis.com/user/routes"`}}, true)
	not logging.problem({"gcp.logging.metric": [metric("routes", f)], "gcp.monitoring.alert_policy": [a]}, f)
}
