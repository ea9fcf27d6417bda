package vigil.gcp.logging.gcp_logging_metric_alert_project_ownership_test

import data.vigil.gcp.logging.gcp_logging_metric_alert_project_ownership

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "logging", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_nothing_fails if {
	result := gcp_logging_metric_alert_project_ownership.deny with input as {"resource": res({}), "account_resources": {}}
	count(result) == 1
}

test_metric_without_alert_fails if {
	result := gcp_logging_metric_alert_project_ownership.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.metric": [{"attributes": {"name": "m1", "filter": `(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")`}}]}}
	count(result) == 1
}

test_metric_and_alert_pass if {
	result := gcp_logging_metric_alert_project_ownership.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.metric": [{"attributes": {"name": "m1", "filter": `(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")`}}], "gcp.monitoring.alert_policy": [{"attributes": {"displayName": "a", "enabled": true, "conditions": [{"conditionThreshold": {"filter": "metric.type=\"logging.googleapis.com/user/m1\" AND resource.type=\"global\""}}]}}]}}
	count(result) == 0
}

test_other_filter_fails if {
	result := gcp_logging_metric_alert_project_ownership.deny with input as {"resource": res({}), "account_resources": {"gcp.logging.metric": [{"attributes": {"name": "m1", "filter": "severity>=ERROR"}}], "gcp.monitoring.alert_policy": [{"attributes": {"displayName": "a", "enabled": true, "conditions": [{"conditionThreshold": {"filter": "metric.type=\"logging.googleapis.com/user/m1\" AND resource.type=\"global\""}}]}}]}}
	count(result) == 1
}
