package vigil.aws.wafv2.wafv2_webacl_cloudwatch_metrics_enabled_test

import data.vigil.aws.wafv2.wafv2_webacl_cloudwatch_metrics_enabled

deny(acl) := result if {
	result := wafv2_webacl_cloudwatch_metrics_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "wafv2",
		"type": "aws.wafv2.web_acl", "id": "a1", "uid": "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/a1",
		"name": "edge", "tags": {}, "attributes": {"Name": "edge", "Id": "a1", "WebACL": acl},
	}}
}

on := {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "m"}

off := {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": false, "MetricName": "m"}

test_all_metrics_on_passes if {
	count(deny({"VisibilityConfig": on, "Rules": [{"Name": "common", "VisibilityConfig": on}]})) == 0
}

test_empty_acl_with_metrics_passes if {
	count(deny({"VisibilityConfig": on, "Rules": []})) == 0
}

test_acl_metrics_off_fails if {
	result := deny({"VisibilityConfig": off, "Rules": [{"Name": "common", "VisibilityConfig": on}]})
	count(result) == 1
	some r in result
	r.evidence.MetricsDisabled == ["web ACL"]
}

test_rule_metrics_off_fails if {
	result := deny({"VisibilityConfig": on, "Rules": [{"Name": "common", "VisibilityConfig": on}, {"Name": "rate", "VisibilityConfig": off}]})
	count(result) == 1
	some r in result
	r.evidence.MetricsDisabled == ["rule rate"]
}

test_missing_visibility_fails if {
	count(deny({"Rules": []})) == 1
}

test_unread_web_acl_is_not_judged if {
	result := wafv2_webacl_cloudwatch_metrics_enabled.deny with input as {"resource": {"type": "aws.wafv2.web_acl", "name": "edge", "attributes": {}}}
	count(result) == 0
}
