package vigil.aws.ec2.ec2_securitygroup_cifs_open_test

import data.vigil.aws.ec2.ec2_securitygroup_cifs_open

sg(ingress) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ec2",
	"type": "aws.ec2.security_group", "id": "sg-0a1b2c3d",
	"uid": "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c3d", "name": "files", "tags": {},
	"attributes": {"GroupId": "sg-0a1b2c3d", "GroupName": "files", "VpcId": "vpc-1", "IpPermissions": ingress, "IpPermissionsEgress": []},
}

rule(protocol, from, to, cidrs, cidrs6) := {
	"IpProtocol": protocol, "FromPort": from, "ToPort": to,
	"IpRanges": [{"CidrIp": c} | some c in cidrs], "Ipv6Ranges": [{"CidrIpv6": c} | some c in cidrs6],
	"UserIdGroupPairs": [], "PrefixListIds": [],
}

findings(ingress) := result if {
	result := ec2_securitygroup_cifs_open.deny with input as {"resource": sg(ingress)}
}

test_trusted_range_passes if {
	count(findings([rule("tcp", 445, 445, ["10.0.0.0/8"], [])])) == 0
}

test_world_ipv4_fails if {
	result := findings([rule("tcp", 445, 445, ["0.0.0.0/0"], [])])
	count(result) == 1
	some r in result
	r.evidence.value.WorldRanges == ["0.0.0.0/0"]
}

test_world_ipv6_fails if {
	count(findings([rule("tcp", 445, 445, [], ["::/0"])])) == 1
}

test_range_edges_fail if {
	count(findings([rule("tcp", 445, 500, ["0.0.0.0/0"], [])])) == 1
	count(findings([rule("tcp", 0, 445, ["0.0.0.0/0"], [])])) == 1
}

test_neighbouring_ports_pass if {
	count(findings([rule("tcp", 446, 1000, ["0.0.0.0/0"], []), rule("tcp", 139, 444, ["0.0.0.0/0"], [])])) == 0
}

test_all_protocols_fail if {
	count(findings([{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": []}])) == 1
}

test_udp_passes if {
	count(findings([rule("udp", 445, 445, ["0.0.0.0/0"], [])])) == 0
}

test_no_rules_pass if {
	count(findings([])) == 0
}
