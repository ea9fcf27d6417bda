package vigil.aws.ec2.ec2_networkacl_admin_ports_open_test

import data.vigil.aws.ec2.ec2_networkacl_admin_ports_open

acl(entries) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ec2",
	"type": "aws.ec2.network_acl", "id": "acl-0a1b", "uid": "arn:aws:ec2:us-east-1:111122223333:network-acl/acl-0a1b",
	"name": "acl-0a1b", "tags": {}, "attributes": {"NetworkAclId": "acl-0a1b", "VpcId": "vpc-1", "IsDefault": true, "Entries": entries},
}

entry(n, protocol, action, cidr, ports) := object.union(
	{"RuleNumber": n, "Protocol": protocol, "RuleAction": action, "Egress": false, "CidrBlock": cidr},
	ports,
)

entry6(n, protocol, action, cidr, ports) := object.union(
	{"RuleNumber": n, "Protocol": protocol, "RuleAction": action, "Egress": false, "Ipv6CidrBlock": cidr},
	ports,
)

range(from, to) := {"PortRange": {"From": from, "To": to}}

catch_all := [entry(32767, "-1", "deny", "0.0.0.0/0", {}), entry6(32767, "-1", "deny", "::/0", {})]

findings(entries) := result if {
	result := ec2_networkacl_admin_ports_open.deny with input as {"resource": acl(entries)}
}

test_aws_default_allow_all_fails_both_ports_and_families if {
	result := findings(array.concat([entry(100, "-1", "allow", "0.0.0.0/0", {}), entry6(101, "-1", "allow", "::/0", {})], catch_all))
	count(result) == 4
}

test_denies_before_allow_pass if {
	entries := [
		entry(50, "6", "deny", "0.0.0.0/0", range(22, 22)), entry(51, "6", "deny", "0.0.0.0/0", range(3389, 3389)),
		entry6(52, "6", "deny", "::/0", range(22, 22)), entry6(53, "6", "deny", "::/0", range(3389, 3389)),
		entry(100, "-1", "allow", "0.0.0.0/0", {}), entry6(101, "-1", "allow", "::/0", {}),
	]
	count(findings(array.concat(entries, catch_all))) == 0
}

test_deny_after_allow_fails if {
	entries := [
		entry(100, "6", "allow", "0.0.0.0/0", range(0, 1023)),
		entry(200, "6", "deny", "0.0.0.0/0", range(22, 22)), entry(210, "6", "deny", "0.0.0.0/0", range(3389, 3389)),
	]
	result := findings(array.concat(entries, catch_all))
	count(result) == 1
	some r in result
	r.evidence.value.RuleNumber == 100
	contains(r.msg, "port 22 ")
}

test_range_edges_fail if {
	count(findings([entry(100, "6", "allow", "0.0.0.0/0", range(22, 22))])) == 1
	count(findings([entry(100, "6", "allow", "0.0.0.0/0", range(3389, 4000))])) == 1
	count(findings([entry(100, "6", "allow", "0.0.0.0/0", range(1, 3389))])) == 2
}

test_other_ports_pass if {
	count(findings([entry(100, "6", "allow", "0.0.0.0/0", range(443, 443)), entry(110, "6", "allow", "0.0.0.0/0", range(23, 3388))])) == 0
}

test_udp_passes if {
	count(findings([entry(100, "17", "allow", "0.0.0.0/0", range(0, 65535))])) == 0
}

test_private_source_passes if {
	count(findings([entry(100, "-1", "allow", "10.0.0.0/8", {})])) == 0
}

test_narrower_deny_does_not_shadow if {
	count(findings([entry(50, "6", "deny", "0.0.0.0/1", range(22, 22)), entry(100, "6", "allow", "0.0.0.0/0", range(22, 22))])) == 1
}

test_deny_of_other_family_does_not_shadow if {
	count(findings([entry(50, "-1", "deny", "0.0.0.0/0", {}), entry6(100, "6", "allow", "::/0", range(3389, 3389))])) == 1
}

test_all_protocol_deny_shadows if {
	count(findings([entry(50, "-1", "deny", "0.0.0.0/0", {}), entry(100, "-1", "allow", "0.0.0.0/0", {})])) == 0
}

test_egress_is_not_judged if {
	e := object.union(entry(100, "-1", "allow", "0.0.0.0/0", {}), {"Egress": true})
	count(findings([e])) == 0
}

test_no_entries_pass if {
	count(findings([])) == 0
}
