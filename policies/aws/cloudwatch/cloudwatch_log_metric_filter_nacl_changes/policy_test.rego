package vigil.aws.cloudwatch.cloudwatch_log_metric_filter_nacl_changes_test

import data.vigil.aws.cloudwatch.cloudwatch_log_metric_filter_nacl_changes

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

metric_filter(pattern) := record("aws.logs.metric_filter", "NACLChanges", "arn:aws:logs:us-east-1:111122223333:log-group:ct-logs:metric-filter:NACLChanges", {
	"filterName": "NACLChanges", "logGroupName": "ct-logs", "filterPattern": pattern,
	"metricTransformations": [{"metricName": "NACLChanges", "metricNamespace": "CISBenchmark", "metricValue": "1"}],
})

alarm := record("aws.cloudwatch.alarm", "NACLChanges", "arn:aws:cloudwatch:us-east-1:111122223333:alarm:NACLChanges", {
	"AlarmName": "NACLChanges", "MetricName": "NACLChanges", "Namespace": "CISBenchmark", "ActionsEnabled": true,
	"AlarmActions": ["arn:aws:sns:us-east-1:111122223333:security-alarms"],
})

topic(subscriptions) := record("aws.sns.topic", "arn:aws:sns:us-east-1:111122223333:security-alarms", "arn:aws:sns:us-east-1:111122223333:security-alarms", {"Subscriptions": subscriptions})

chain(pattern, changes) := object.union({
	"aws.cloudtrail.trail": [trail], "aws.logs.metric_filter": [metric_filter(pattern)], "aws.cloudwatch.alarm": [alarm],
	"aws.sns.topic": [topic([{"SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alarms:0b5e", "Protocol": "email"}])],
}, changes)

evaluate(pattern, resources) := result if {
	result := cloudwatch_log_metric_filter_nacl_changes.deny with input as {"resource": account("ACTIVE"), "account_resources": chain(pattern, resources)}
}

test_cis_pattern_passes if {
	count(evaluate("{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }", {})) == 0
}

test_equivalent_pattern_passes if {
	count(evaluate("{($.eventName=\"ReplaceNetworkAclAssociation\")||($.eventName=\"ReplaceNetworkAclEntry\")||($.eventName=\"DeleteNetworkAclEntry\")||($.eventName=\"DeleteNetworkAcl\")||($.eventName=\"CreateNetworkAclEntry\")||($.eventName=\"CreateNetworkAcl\")}", {})) == 0
}

test_incomplete_pattern_fails if {
	result := evaluate("{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) }", {})
	count(result) == 1
	some r in result
	r.evidence.cis == "5.11"
	r.evidence.metric_filters == []
}

test_no_alarm_fails if {
	count(evaluate("{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }", {"aws.cloudwatch.alarm": []})) == 1
}

test_unconfirmed_topic_fails if {
	count(evaluate("{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }", {"aws.sns.topic": [topic([{"SubscriptionArn": "PendingConfirmation", "Protocol": "email"}])]})) == 1
}

test_no_trail_fails if {
	count(evaluate("{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }", {"aws.cloudtrail.trail": []})) == 1
}

test_suspended_account_passes if {
	count(cloudwatch_log_metric_filter_nacl_changes.deny) == 0 with input as {"resource": account("SUSPENDED"), "account_resources": {}}
}
