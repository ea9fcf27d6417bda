package vigil.gcp.logging.gcp_logging_metric_alert_route_test

import data.vigil.gcp.logging.gcp_logging_metric_alert_route

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "logging", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_nothing_fails if {
	result := gcp_logging_metric_alert_route.deny with input as {"resource": res({}), "account_resources": {}}
	count(result) == 1
}

test_metric_without_alert_fails if {
	result := gcp_logging_metric_alert_route.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.metric": [{"attributes": {"name": "m1", "filter": `resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")`}}]}}
	count(result) == 1
}

test_metric_and_alert_pass if {
	result := gcp_logging_metric_alert_route.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.metric": [{"attributes": {"name": "m1", "filter": `resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")`}}], "gcp.monitoring.alert_policy": [{"attributes": {"displayName": "a", "enabled": true, "conditions": [{"conditionThreshold": {"filter": "metric.type=\"logging.googleapis.com/user/m1\" AND resource.type=\"global\""}}]}}]}}
	count(result) == 0
}

test_other_filter_fails if {
	result := gcp_logging_metric_alert_route.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.metric": [{"attributes": {"name": "m1", "filter": "severity>=ERROR"}}], "gcp.monitoring.alert_policy": [{"attributes": {"displayName": "a", "enabled": true, "conditions": [{"conditionThreshold": {"filter": "metric.type=\"logging.googleapis.com/user/m1\" AND resource.type=\"global\""}}]}}]}}
	count(result) == 1
}
