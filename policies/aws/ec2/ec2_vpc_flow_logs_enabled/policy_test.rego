package vigil.aws.ec2.ec2_vpc_flow_logs_enabled_test

import data.vigil.aws.ec2.ec2_vpc_flow_logs_enabled

vpc(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "type": "aws.ec2.vpc",
	"id": "vpc-1", "uid": "arn:aws:ec2:us-east-1:111122223333:vpc/vpc-1", "name": "vpc-1", "tags": {},
	"attributes": object.union({"VpcId": "vpc-1"}, attrs),
}

test_vpc_with_flow_log_passes if {
	count(ec2_vpc_flow_logs_enabled.deny) == 0 with input as {"resource": vpc({"FlowLogs": [{"FlowLogId": "fl-1", "ResourceId": "vpc-1", "TrafficType": "ALL"}]})}
}

test_vpc_without_flow_logs_fails if {
	result := ec2_vpc_flow_logs_enabled.deny with input as {"resource": vpc({"FlowLogs": []})}
	count(result) == 1
	some r in result
	r.evidence.FlowLogs == []
}

test_missing_flow_logs_is_a_gap if {
	count(ec2_vpc_flow_logs_enabled.deny) == 0 with input as {"resource": vpc({})}
}
