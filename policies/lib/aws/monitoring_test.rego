package vigil.lib.aws.monitoring_test

import data.vigil.lib.aws.monitoring

# --- pattern acceptance --------------------------------------------------------------------------------------------

test_whitespace_and_quotes_are_ignored if {
	monitoring.accepts("cloudtrail_changes", `{($.eventName=CreateTrail)||($.eventName="UpdateTrail")||($.eventName = DeleteTrail) ||  ($.eventName=StartLogging)||($.eventName=StopLogging)}`)
}

test_or_terms_in_any_order if {
	monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.eventSource = kms.amazonaws.com) && (($.eventName=ScheduleKeyDeletion)||($.eventName=DisableKey)) }`)
}

test_and_terms_in_any_order if {
	monitoring.accepts("kms_cmk_disable_or_deletion", `{ (($.eventName=ScheduleKeyDeletion)||($.eventName=DisableKey)) && ($.eventSource = kms.amazonaws.com) }`)
}

test_event_source_may_be_left_out if {
	monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion) }`)
}

test_outer_parentheses_are_ignored if {
	monitoring.accepts("kms_cmk_disable_or_deletion", `{ (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion)) }`)
	monitoring.accepts("kms_cmk_disable_or_deletion", `{ (($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))) }`)
}

test_missing_event_is_rejected if {
	not monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.eventSource = kms.amazonaws.com) && ($.eventName=DisableKey) }`)
}

test_and_instead_of_or_is_rejected if {
	not monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.eventName=DisableKey) && ($.eventName=ScheduleKeyDeletion) }`)
}

test_extra_narrowing_term_is_rejected if {
	not monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.userIdentity.type = Root) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }`)
}

test_extra_event_in_or_group_is_rejected if {
	# a broader filter whose metric also counts other events is not the CIS filter
	not monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)||($.eventName=EnableKey) }`)
}

test_wrong_event_source_is_rejected if {
	not monitoring.accepts("kms_cmk_disable_or_deletion", `{ ($.eventSource = s3.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }`)
}

test_duplicate_term_is_rejected if {
	not monitoring.accepts("console_auth_failures", `{ ($.eventName = ConsoleLogin) && ($.eventName = ConsoleLogin) }`)
}

test_sign_in_optional_terms if {
	monitoring.accepts("sign_in_without_mfa", `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }`)
	monitoring.accepts("sign_in_without_mfa", `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") }`)
	not monitoring.accepts("sign_in_without_mfa", `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed = "Yes") }`)
}

test_unauthorized_literal_and_grouped_forms if {
	monitoring.accepts("unauthorized_api_calls", `{($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }`)
	monitoring.accepts("unauthorized_api_calls", `{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.eventName != "HeadBucket") }`)
	monitoring.accepts("unauthorized_api_calls", `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`)
	not monitoring.accepts("unauthorized_api_calls", `{ ($.errorCode = "AccessDenied*") }`)
}

test_route_table_literal_form if {
	monitoring.accepts("route_table_changes", `{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }`)
	not monitoring.accepts("route_table_changes", `{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable)}`)
}

test_root_usage_forms if {
	monitoring.accepts("root_usage", `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`)
	monitoring.accepts("root_usage", `{ $.userIdentity.type = "Root" }`)
	not monitoring.accepts("root_usage", `{ $.userIdentity.type = "IAMUser" && $.userIdentity.invokedBy NOT EXISTS }`)
}

# --- the trail ---------------------------------------------------------------------------------------------------

trail(attrs) := {"account_id": "111122223333", "region": "us-east-1", "uid": "t", "attributes": object.union({
	"IsMultiRegionTrail": true, "Status": {"IsLogging": true},
	"CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:ct-logs:*",
	"EventSelectors": {"EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": true}]},
}, attrs)}

test_qualifying_trail if {
	monitoring.qualifying_trail(trail({}))
}

test_single_region_or_stopped_trail_does_not_qualify if {
	not monitoring.qualifying_trail(trail({"IsMultiRegionTrail": false}))
	not monitoring.qualifying_trail(trail({"Status": {"IsLogging": false}}))
	not monitoring.qualifying_trail(trail({"CloudWatchLogsLogGroupArn": null}))
}

test_write_only_management_events_do_not_qualify if {
	not monitoring.qualifying_trail(trail({"EventSelectors": {"EventSelectors": [{"ReadWriteType": "WriteOnly", "IncludeManagementEvents": true}]}}))
	not monitoring.qualifying_trail(trail({"EventSelectors": {"EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": false}]}}))
}

test_advanced_selectors if {
	monitoring.qualifying_trail(trail({"EventSelectors": {"EventSelectors": [], "AdvancedEventSelectors": [{"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}]}}))
	not monitoring.qualifying_trail(trail({"EventSelectors": {"EventSelectors": [], "AdvancedEventSelectors": [{"FieldSelectors": [
		{"Field": "eventCategory", "Equals": ["Management"]}, {"Field": "readOnly", "Equals": ["false"]},
	]}]}}))
}

test_log_group_arn_is_parsed if {
	monitoring.log_group("arn:aws:logs:eu-west-1:111122223333:log-group:aws-cloudtrail-logs:*") == {"region": "eu-west-1", "account": "111122223333", "name": "aws-cloudtrail-logs"}
}

# --- alarm and topic ---------------------------------------------------------------------------------------------

record(type, region, uid, attributes) := {"account_id": "111122223333", "region": region, "type": type, "uid": uid, "attributes": attributes}

filter := record("aws.logs.metric_filter", "us-east-1", "f", {"logGroupName": "ct-logs", "metricTransformations": [{"metricName": "M", "metricNamespace": "N"}]})

alarm(region, enabled) := record("aws.cloudwatch.alarm", region, "a", {"MetricName": "M", "Namespace": "N", "ActionsEnabled": enabled, "AlarmActions": ["arn:aws:sns:us-east-1:111122223333:alerts"]})

test_alarm_in_another_region_does_not_count if {
	monitoring.alarm_on(filter, alarm("us-east-1", true))
	not monitoring.alarm_on(filter, alarm("eu-west-1", true))
}

topics(subscriptions) := {"aws.sns.topic": [record("aws.sns.topic", "us-east-1", "arn:aws:sns:us-east-1:111122223333:alerts", {"Subscriptions": subscriptions})]}

test_alarm_notifies_confirmed_subscriber_only if {
	monitoring.alarm_notifies(alarm("us-east-1", true)) with input as {"account_resources": topics([{"SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:alerts:1"}])}
	not monitoring.alarm_notifies(alarm("us-east-1", true)) with input as {"account_resources": topics([{"SubscriptionArn": "PendingConfirmation"}])}
	not monitoring.alarm_notifies(alarm("us-east-1", false)) with input as {"account_resources": topics([{"SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:alerts:1"}])}
	not monitoring.alarm_notifies(alarm("us-east-1", true)) with input as {"account_resources": {}}
}
