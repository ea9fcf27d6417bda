package vigil.aws.ec2.ec2_securitygroup_default_restricts_all_test

import data.vigil.aws.ec2.ec2_securitygroup_default_restricts_all

sg(name, ingress, egress) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ec2",
	"type": "aws.ec2.security_group", "id": "sg-0a1b2c3d",
	"uid": "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c3d", "name": name, "tags": {},
	"attributes": {"GroupId": "sg-0a1b2c3d", "GroupName": name, "VpcId": "vpc-1", "IpPermissions": ingress, "IpPermissionsEgress": egress},
}

rule(protocol, from, to, cidrs, cidrs6) := {
	"IpProtocol": protocol, "FromPort": from, "ToPort": to,
	"IpRanges": [{"CidrIp": c} | some c in cidrs], "Ipv6Ranges": [{"CidrIpv6": c} | some c in cidrs6],
	"UserIdGroupPairs": [], "PrefixListIds": [],
}

all_traffic(cidrs, cidrs6) := {"IpProtocol": "-1", "IpRanges": [{"CidrIp": c} | some c in cidrs], "Ipv6Ranges": [{"CidrIpv6": c} | some c in cidrs6]}

findings(ingress) := result if {
	result := ec2_securitygroup_default_restricts_all.deny with input as {"resource": sg("web", ingress, [])}
}

egress_all := {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}

self_ref := {"IpProtocol": "-1", "IpRanges": [], "UserIdGroupPairs": [{"GroupId": "sg-0a1b2c3d"}]}

test_empty_default_group_passes if {
	count(ec2_securitygroup_default_restricts_all.deny) == 0 with input as {"resource": sg("default", [], [])}
}

test_default_group_with_ingress_fails if {
	result := ec2_securitygroup_default_restricts_all.deny with input as {"resource": sg("default", [self_ref], [])}
	count(result) == 1
	some r in result
	r.evidence.IpPermissions == [self_ref]
}

test_default_group_with_egress_fails if {
	count(ec2_securitygroup_default_restricts_all.deny) == 1 with input as {"resource": sg("default", [], [egress_all])}
}

test_other_group_with_rules_passes if {
	count(ec2_securitygroup_default_restricts_all.deny) == 0 with input as {"resource": sg("web", [self_ref], [egress_all])}
}
