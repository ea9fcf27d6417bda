package vigil.aws.ec2.ec2_securitygroup_db_ports_open_test

import data.vigil.aws.ec2.ec2_securitygroup_db_ports_open

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
	result := ec2_securitygroup_db_ports_open.deny with input as {"resource": sg("web", ingress, [])}
}

test_each_db_port_fails if {
	every port in [1433, 3306, 5432, 6379, 9200, 27017] {
		count(findings([rule("tcp", port, port, ["0.0.0.0/0"], [])])) == 1
	}
}

test_port_list_in_evidence if {
	result := findings([rule("tcp", 3000, 6000, ["0.0.0.0/0"], [])])
	count(result) == 1
	some r in result
	r.evidence.ports == [3306, 5432]
}

test_ipv6_fails if {
	count(findings([rule("tcp", 27017, 27017, [], ["::/0"])])) == 1
}

test_web_port_passes if {
	count(findings([rule("tcp", 443, 443, ["0.0.0.0/0"], [])])) == 0
}

test_private_db_passes if {
	count(findings([rule("tcp", 5432, 5432, ["10.0.0.0/8"], [])])) == 0
}

test_all_traffic_fails if {
	count(findings([all_traffic(["0.0.0.0/0"], [])])) == 1
}

test_udp_passes if {
	count(findings([rule("udp", 6379, 6379, ["0.0.0.0/0"], [])])) == 0
}
