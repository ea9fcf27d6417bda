package vigil.aws.cloudwatch.cloudwatch_log_metric_filter_route_table_changes_test

import data.vigil.aws.cloudwatch.cloudwatch_log_metric_filter_route_table_changes

account(status) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.account",
	"id": "111122223333", "uid": "arn:aws:organizations::999999999999:account/o-x/111122223333", "name": "prod",
	"tags": {}, "attributes": {"Name": "prod", "Status": status, "IsManagementAccount": false},
}

record(type, id, uid, attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "type": type, "id": id, "uid": uid,
	"name": id, "tags": {}, "attributes": attributes,
}

trail := record("aws.cloudtrail.trail", "main", "arn:aws:cloudtrail:us-east-1:111122223333:trail/main", {
	"Name": "main", "IsMultiRegionTrail": true, "Status": {"IsLogging": true},
	"CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:ct-logs:*",
	"EventSelectors": {"EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": true}]},
})

metric_filter(pattern) := record("aws.logs.metric_filter", "RouteTableChanges", "arn:aws:logs:us-east-1:111122223333:log-group:ct-logs:metric-filter:RouteTableChanges", {
	"filterName": "RouteTableChanges", "logGroupName": "ct-logs", "filterPattern": pattern,
	"metricTransformations": [{"metricName": "RouteTableChanges", "metricNamespace": "CISBenchmark", "metricValue": "1"}],
})

alarm := record("aws.cloudwatch.alarm", "RouteTableChanges", "arn:aws:cloudwatch:us-east-1:111122223333:alarm:RouteTableChanges", {
	"AlarmName": "RouteTableChanges", "MetricName": "RouteTableChanges", "Namespace": "CISBenchmark", "ActionsEnabled": true,
	"AlarmActions": ["arn:aws:sns:us-east-1:111122223333:security-alarms"],
})

topic(subscriptions) := record("aws.sns.topic", "arn:aws:sns:us-east-1:111122223333:security-alarms", "arn:aws:sns:us-east-1:111122223333:security-alarms", {"Subscriptions": subscriptions})

chain(pattern, changes) := object.union({
	"aws.cloudtrail.trail": [trail], "aws.logs.metric_filter": [metric_filter(pattern)], "aws.cloudwatch.alarm": [alarm],
	"aws.sns.topic": [topic([{"SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alarms:0b5e", "Protocol": "email"}])],
}, changes)

evaluate(pattern, resources) := result if {
	result := cloudwatch_log_metric_filter_route_table_changes.deny with input as {"resource": account("ACTIVE"), "account_resources": chain(pattern, resources)}
}

test_cis_pattern_passes if {
	count(evaluate("{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }", {})) == 0
}

test_equivalent_pattern_passes if {
	count(evaluate("{(($.eventName=\"DisassociateRouteTable\")||($.eventName=\"DeleteRoute\")||($.eventName=\"DeleteRouteTable\")||($.eventName=\"ReplaceRouteTableAssociation\")||($.eventName=\"ReplaceRoute\")||($.eventName=\"CreateRouteTable\")||($.eventName=\"CreateRoute\"))&&($.eventSource=\"ec2.amazonaws.com\")}", {})) == 0
}

test_incomplete_pattern_fails if {
	result := evaluate("{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) }", {})
	count(result) == 1
	some r in result
	r.evidence.cis == "5.13"
	r.evidence.metric_filters == []
}

test_no_alarm_fails if {
	count(evaluate("{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }", {"aws.cloudwatch.alarm": []})) == 1
}

test_unconfirmed_topic_fails if {
	count(evaluate("{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }", {"aws.sns.topic": [topic([{"SubscriptionArn": "PendingConfirmation", "Protocol": "email"}])]})) == 1
}

test_no_trail_fails if {
	count(evaluate("{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }", {"aws.cloudtrail.trail": []})) == 1
}

test_suspended_account_passes if {
	count(cloudwatch_log_metric_filter_route_table_changes.deny) == 0 with input as {"resource": account("SUSPENDED"), "account_resources": {}}
}
