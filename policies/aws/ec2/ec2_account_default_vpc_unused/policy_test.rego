package vigil.aws.ec2.ec2_account_default_vpc_unused_test

import data.vigil.aws.ec2.ec2_account_default_vpc_unused

vpc(id, region, is_default) := {
	"provider": "aws", "account_id": "111122223333", "region": region, "service": "ec2", "type": "aws.ec2.vpc",
	"id": id, "uid": sprintf("arn:aws:ec2:%s:111122223333:vpc/%s", [region, id]), "name": id, "tags": {},
	"attributes": {"VpcId": id, "IsDefault": is_default, "CidrBlock": "172.31.0.0/16"},
}

instance(id, region, vpc_id, state) := {
	"provider": "aws", "account_id": "111122223333", "region": region, "service": "ec2", "type": "aws.ec2.instance",
	"id": id, "uid": sprintf("arn:aws:ec2:%s:111122223333:instance/%s", [region, id]), "name": id, "tags": {},
	"attributes": {"InstanceId": id, "VpcId": vpc_id, "State": {"Code": 16, "Name": state}},
}

account(status) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.account", "service": "account",
	"id": "111122223333", "uid": "arn:aws:organizations::999999999999:account/o-x/111122223333", "name": "prod",
	"tags": {}, "attributes": {"Name": "prod", "Status": status, "IsManagementAccount": false},
}

evaluate(status, vpcs, instances) := result if {
	result := ec2_account_default_vpc_unused.deny with input as {
		"resource": account(status),
		"account_resources": {"aws.ec2.vpc": vpcs, "aws.ec2.instance": instances},
	}
}

test_empty_default_vpc_passes if {
	count(evaluate("ACTIVE", [vpc("vpc-d", "us-east-1", true), vpc("vpc-m", "us-east-1", false)], [instance("i-1", "us-east-1", "vpc-m", "running")])) == 0
}

test_instance_in_default_vpc_fails if {
	result := evaluate("ACTIVE", [vpc("vpc-d", "us-east-1", true)], [instance("i-1", "us-east-1", "vpc-d", "running"), instance("i-2", "us-east-1", "vpc-d", "stopped")])
	count(result) == 1
	some r in result
	r.evidence.instances == ["i-1", "i-2"]
}

test_terminated_instance_passes if {
	count(evaluate("ACTIVE", [vpc("vpc-d", "us-east-1", true)], [instance("i-1", "us-east-1", "vpc-d", "terminated")])) == 0
}

test_each_region_judged_apart if {
	result := evaluate("ACTIVE", [vpc("vpc-d", "us-east-1", true), vpc("vpc-e", "eu-west-1", true)], [instance("i-1", "eu-west-1", "vpc-e", "running")])
	count(result) == 1
	some r in result
	contains(r.msg, "vpc-e")
}

test_no_vpcs_pass if {
	count(evaluate("ACTIVE", [], [])) == 0
}

test_suspended_account_passes if {
	count(evaluate("SUSPENDED", [vpc("vpc-d", "us-east-1", true)], [instance("i-1", "us-east-1", "vpc-d", "running")])) == 0
}
