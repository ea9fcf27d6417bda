package vigil.lib.aws.network_test

import data.vigil.lib.aws.network

perm(protocol, from, to, cidr) := {"IpProtocol": protocol, "FromPort": from, "ToPort": to, "IpRanges": [{"CidrIp": cidr}]}

test_world_ranges if {
	network.world_ranges(perm("tcp", 22, 22, "0.0.0.0/0")) == {"0.0.0.0/0"}
	network.world_ranges({"IpProtocol": "-1", "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}) == {"::/0"}
	count(network.world_ranges(perm("tcp", 22, 22, "10.0.0.0/8"))) == 0
}

test_open_on_port if {
	network.open_on_port(perm("tcp", 20, 30, "0.0.0.0/0"), 22)
	network.open_on_port(perm("-1", null, null, "0.0.0.0/0"), 3389)
	not network.open_on_port(perm("tcp", 23, 30, "0.0.0.0/0"), 22)
	not network.open_on_port(perm("udp", 22, 22, "0.0.0.0/0"), 22)
	not network.open_on_port(perm("tcp", 22, 22, "10.0.0.0/8"), 22)
}
