package vigil.aws.ec2.ec2_securitygroup_ssh_open_test

import data.vigil.aws.ec2.ec2_securitygroup_ssh_open

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
	result := ec2_securitygroup_ssh_open.deny with input as {"resource": sg("web", ingress, [])}
}

test_private_range_passes if {
	count(findings([rule("tcp", 22, 22, ["10.0.0.0/8"], [])])) == 0
}

test_world_ipv4_fails if {
	result := findings([rule("tcp", 22, 22, ["0.0.0.0/0"], [])])
	count(result) == 1
	some r in result
	r.evidence.attribute == "IpPermissions[0]"
	r.evidence.value.WorldRanges == ["0.0.0.0/0"]
}

test_world_ipv6_fails if {
	count(findings([rule("tcp", 22, 22, [], ["::/0"])])) == 1
}

test_range_including_port_fails if {
	count(findings([rule("tcp", 21, 23, ["0.0.0.0/0"], [])])) == 1
}

test_range_edges_fail if {
	count(findings([rule("tcp", 22, 122, ["0.0.0.0/0"], [])])) == 1
	count(findings([rule("tcp", -78, 22, ["0.0.0.0/0"], [])])) == 1
}

test_other_port_passes if {
	count(findings([rule("tcp", 23, 32, ["0.0.0.0/0"], [])])) == 0
}

test_all_protocols_fail if {
	count(findings([all_traffic(["0.0.0.0/0"], [])])) == 1
}

test_udp_passes if {
	count(findings([rule("udp", 22, 22, ["0.0.0.0/0"], [])])) == 0
}

test_group_reference_passes if {
	perm := {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [], "UserIdGroupPairs": [{"GroupId": "sg-1"}]}
	count(findings([perm])) == 0
}

test_no_rules_pass if {
	count(findings([])) == 0
}
