# METADATA
# scope: package
# title: CIS AWS monitoring (section 5) helpers
# description: The account's CloudTrail to CloudWatch Logs integration, the metric filter patterns each CIS AWS
#   7.0.0 monitoring requirement (5.1-5.15) accepts, and the filter -> alarm -> SNS subscriber chain.
package vigil.lib.aws.monitoring

import data.vigil.lib.aws.util

# Filter patterns are compared as term sets, see docs/checks-aws.md "CIS monitoring filters". Terms are written
# normalised: no whitespace, no double quotes.
ev(name) := sprintf("$.eventName=%s", [name])

src(service) := sprintf("$.eventSource=%s.amazonaws.com", [service])

events(names) := {ev(n) | some n in names}

# forms: the accepted shapes. "and": terms that must be ANDed at the top level; "optional": terms that may also be
# ANDed (they only narrow the filter the way CIS's own text does); "or": terms that must form one OR group (alone
# or ANDed with the "and"/"optional" terms); "literal": a CIS text accepted as written (after normalisation).
requirements := {
	"unauthorized_api_calls": {"cis": "5.1", "forms": [
		{"and": set(), "optional": {"$.sourceIPAddress!=delivery.logs.amazonaws.com", "$.eventName!=HeadBucket"}, "or": {"$.errorCode=*UnauthorizedOperation", "$.errorCode=AccessDenied*"}},
		{"literal": `{($.errorCode="*UnauthorizedOperation")||($.errorCode="AccessDenied*")&&($.sourceIPAddress!="delivery.logs.amazonaws.com")&&($.eventName!="HeadBucket")}`},
	]},
	"sign_in_without_mfa": {"cis": "5.2", "forms": [{"and": {"$.eventName=ConsoleLogin", "$.additionalEventData.MFAUsed!=Yes"}, "optional": {"$.userIdentity.type=IAMUser", "$.responseElements.ConsoleLogin=Success"}, "or": set()}]},
	"root_usage": {"cis": "5.3", "forms": [{"and": {"$.userIdentity.type=Root"}, "optional": {"$.userIdentity.invokedByNOTEXISTS", "$.eventType!=AwsServiceEvent"}, "or": set()}]},
	"iam_policy_changes": {"cis": "5.4", "forms": [{"and": set(), "optional": {src("iam")}, "or": events([
		"DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy", "PutUserPolicy",
		"CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy",
		"DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy",
	])}]},
	"cloudtrail_changes": {"cis": "5.5", "forms": [{"and": set(), "optional": {src("cloudtrail")}, "or": events(["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"])}]},
	"console_auth_failures": {"cis": "5.6", "forms": [{"and": {"$.eventName=ConsoleLogin", "$.errorMessage=Failedauthentication"}, "optional": set(), "or": set()}]},
	"kms_cmk_disable_or_deletion": {"cis": "5.7", "forms": [{"and": set(), "optional": {src("kms")}, "or": events(["DisableKey", "ScheduleKeyDeletion"])}]},
	"s3_bucket_policy_changes": {"cis": "5.8", "forms": [{"and": set(), "optional": {src("s3")}, "or": events([
		"PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle", "PutBucketReplication",
		"DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication",
	])}]},
	"config_changes": {"cis": "5.9", "forms": [{"and": set(), "optional": {src("config")}, "or": events(["StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"])}]},
	"security_group_changes": {"cis": "5.10", "forms": [{"and": set(), "optional": {src("ec2")}, "or": events([
		"AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
		"RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup",
	])}]},
	"nacl_changes": {"cis": "5.11", "forms": [{"and": set(), "optional": {src("ec2")}, "or": events([
		"CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry",
		"ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation",
	])}]},
	"network_gateway_changes": {"cis": "5.12", "forms": [{"and": set(), "optional": {src("ec2")}, "or": events([
		"CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway",
		"DeleteInternetGateway", "DetachInternetGateway",
	])}]},
	"route_table_changes": {"cis": "5.13", "forms": [
		{"and": set(), "optional": {src("ec2")}, "or": events([
			"CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable",
			"DeleteRoute", "DisassociateRouteTable",
		])},
		{"literal": `{($.eventSource=ec2.amazonaws.com)&&($.eventName=CreateRoute)||($.eventName=CreateRouteTable)||($.eventName=ReplaceRoute)||($.eventName=ReplaceRouteTableAssociation)||($.eventName=DeleteRouteTable)||($.eventName=DeleteRoute)||($.eventName=DisassociateRouteTable)}`},
	]},
	"vpc_changes": {"cis": "5.14", "forms": [{"and": set(), "optional": {src("ec2")}, "or": events([
		"CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection",
		"DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc", "DetachClassicLinkVpc",
		"DisableVpcClassicLink", "EnableVpcClassicLink",
	])}]},
	"organizations_changes": {"cis": "5.15", "forms": [{"and": set(), "optional": {src("organizations")}, "or": events([
		"AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit", "CreatePolicy",
		"DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy",
		"DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount",
		"RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit",
	])}]},
}

# --- pattern normalisation --------------------------------------------------------------------------------------

# normalize(p): whitespace and double quotes removed, the outer braces removed, parentheses around a single term
# removed (three levels), and one pair of parentheses around the whole expression removed.
normalize(p) := strip_outer(unwrap(unwrap(unwrap(trim_braces(replace(regex.replace(p, `\s+`, ""), `"`, ""))))))

trim_braces(s) := substring(s, 1, count(s) - 2) if {
	startswith(s, "{")
	endswith(s, "}")
}

trim_braces(s) := s if not braced(s)

braced(s) if {
	startswith(s, "{")
	endswith(s, "}")
}

unwrap(s) := regex.replace(s, `\(([^()&|]*)\)`, "$1")

strip_outer(s) := inner if {
	regex.match(`^\(.*\)$`, s)
	inner := substring(s, 1, count(s) - 2)
	regex.match(`^[^()]*(\([^()]*\)[^()]*)?$`, inner)
}

strip_outer(s) := s if not outer_group(s)

outer_group(s) if {
	regex.match(`^\(.*\)$`, s)
	regex.match(`^[^()]*(\([^()]*\)[^()]*)?$`, substring(s, 1, count(s) - 2))
}

no_duplicates(parts) if count(parts) == count({x | some x in parts})

ands_fit(parts, form) if {
	terms := {x | some x in parts}
	no_duplicates(parts)
	count(form["and"] - terms) == 0
	count(terms - (form["and"] | form.optional)) == 0
}

# matches_form(s, form): s is a normalised pattern.
matches_form(s, form) if {
	form.literal
	s == normalize(form.literal)
}

# only ANDed terms
matches_form(s, form) if {
	count(form["or"]) == 0
	not regex.match(`[()]|\|\|`, s)
	ands_fit(split(s, "&&"), form)
}

# one OR list, nothing ANDed
matches_form(s, form) if {
	count(form["or"]) > 0
	count(form["and"]) == 0
	not regex.match(`[()]|&&`, s)
	parts := split(s, "||")
	no_duplicates(parts)
	{x | some x in parts} == form["or"]
}

# ANDed terms with one parenthesised OR group
matches_form(s, form) if {
	count(form["or"]) > 0
	groups := regex.find_all_string_submatch_n(`\(([^()]*)\)`, s, -1)
	count(groups) == 1
	group := groups[0][1]
	not contains(group, "&&")
	parts := split(group, "||")
	no_duplicates(parts)
	{x | some x in parts} == form["or"]
	rest := replace(s, sprintf("(%s)", [group]), "#")
	not contains(rest, "||")
	ands := split(rest, "&&")
	count([x | some x in ands; x == "#"]) == 1
	others := [x | some x in ands; x != "#"]
	count(others) > 0
	ands_fit(others, form)
}

accepts(topic, pattern) if {
	s := normalize(pattern)
	some form in requirements[topic].forms
	matches_form(s, form)
}

# --- the chain: trail -> log group -> metric filter -> alarm -> SNS topic with a confirmed subscription ----------

resources := util.get(input, "account_resources", {})

trails := util.array_or_empty(util.get(resources, "aws.cloudtrail.trail", []))

# A multi-region trail that is logging, sends to CloudWatch Logs and records all management events.
qualifying_trail(t) if {
	t.attributes.IsMultiRegionTrail == true
	t.attributes.Status.IsLogging == true
	is_string(t.attributes.CloudWatchLogsLogGroupArn)
	all_management_events(t.attributes.EventSelectors)
}

all_management_events(selectors) if {
	some s in util.array_or_empty(util.get(selectors, "EventSelectors", []))
	s.IncludeManagementEvents == true
	s.ReadWriteType == "All"
}

# Advanced selectors: a selector for the Management category with no readOnly field selector (and no exclusions).
all_management_events(selectors) if {
	some s in util.array_or_empty(util.get(selectors, "AdvancedEventSelectors", []))
	fields := util.array_or_empty(s.FieldSelectors)
	some f in fields
	f.Field == "eventCategory"
	f.Equals == ["Management"]
	not has_field(fields, "readOnly")
	not has_field(fields, "eventSource")
}

has_field(fields, name) if {
	some f in fields
	f.Field == name
}

# log_group(arn): {"account", "region", "name"} of arn:aws:logs:<region>:<account>:log-group:<name>[:*]
log_group(arn) := {"region": parts[3], "account": parts[4], "name": parts[6]} if {
	parts := split(arn, ":")
	count(parts) >= 7
	parts[5] == "log-group"
}

trail_groups contains log_group(t.attributes.CloudWatchLogsLogGroupArn) if {
	some t in trails
	qualifying_trail(t)
}

filters := util.array_or_empty(util.get(resources, "aws.logs.metric_filter", []))

alarms := util.array_or_empty(util.get(resources, "aws.cloudwatch.alarm", []))

topics := util.array_or_empty(util.get(resources, "aws.sns.topic", []))

matching_filter(topic) := [f |
	some g in trail_groups
	some f in filters
	f.account_id == g.account
	f.region == g.region
	f.attributes.logGroupName == g.name
	accepts(topic, f.attributes.filterPattern)
]

# A subscription counts once confirmed: its ARN is not PendingConfirmation (nor Deleted).
confirmed_topic(arn) if {
	some t in topics
	t.uid == arn
	some s in util.array_or_empty(t.attributes.Subscriptions)
	startswith(s.SubscriptionArn, "arn:")
}

alarm_notifies(a) if {
	a.attributes.ActionsEnabled == true
	some action in util.array_or_empty(a.attributes.AlarmActions)
	confirmed_topic(action)
}

alarm_on(f, a) if {
	a.region == f.region
	a.account_id == f.account_id
	some m in util.array_or_empty(f.attributes.metricTransformations)
	a.attributes.MetricName == m.metricName
	a.attributes.Namespace == m.metricNamespace
}

monitored(topic) if {
	some f in matching_filter(topic)
	some a in alarms
	alarm_on(f, a)
	alarm_notifies(a)
}

# How far the chain got, for the finding's message and evidence.
stage(topic) := "no multi-region, logging CloudTrail trail with CloudWatch Logs integration and all management events" if {
	count(trail_groups) == 0
} else := "no metric filter on the trail's log group with an accepted pattern" if {
	count(matching_filter(topic)) == 0
} else := "no alarm on the filter's metric" if {
	not alarmed(topic)
} else := "no alarm on the filter's metric with actions enabled and an SNS topic with a confirmed subscription"

alarmed(topic) if {
	some f in matching_filter(topic)
	some a in alarms
	alarm_on(f, a)
}

deny_for(topic, title) := {
	"msg": sprintf("Account %s (%s): CIS %s (%s) is not monitored: %s", [input.resource.id, input.resource.name, requirements[topic].cis, title, stage(topic)]),
	"evidence": {
		"log_groups": [g | some g in trail_groups],
		"metric_filters": [{"uid": f.uid, "filterPattern": f.attributes.filterPattern} | some f in matching_filter(topic)],
		"cis": requirements[topic].cis,
	},
}
