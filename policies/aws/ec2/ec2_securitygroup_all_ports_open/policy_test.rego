package vigil.aws.ec2.ec2_securitygroup_all_ports_open_test

import data.vigil.aws.ec2.ec2_securitygroup_all_ports_open

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
	result := ec2_securitygroup_all_ports_open.deny with input as {"resource": sg("web", ingress, [])}
}

test_single_port_passes if {
	count(findings([rule("tcp", 443, 443, ["0.0.0.0/0"], ["::/0"])])) == 0
}

test_all_traffic_fails if {
	result := findings([all_traffic(["0.0.0.0/0"], [])])
	count(result) == 1
	some r in result
	r.evidence.value.IpProtocol == "-1"
}

test_all_traffic_ipv6_fails if {
	count(findings([all_traffic([], ["::/0"])])) == 1
}

test_full_tcp_range_fails if {
	count(findings([rule("tcp", 0, 65535, ["0.0.0.0/0"], [])])) == 1
}

test_full_udp_range_fails if {
	count(findings([rule("udp", 0, 65535, [], ["::/0"])])) == 1
}

test_almost_full_range_passes if {
	count(findings([rule("tcp", 1, 65535, ["0.0.0.0/0"], [])])) == 0
	count(findings([rule("tcp", 0, 65534, ["0.0.0.0/0"], [])])) == 0
}

test_all_traffic_from_private_range_passes if {
	count(findings([all_traffic(["10.0.0.0/8"], [])])) == 0
}
