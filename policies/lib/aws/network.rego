# METADATA
# scope: package
# title: Security group exposure helpers
# description: Which security group ingress entries are open to the world (0.0.0.0/0 or ::/0), and on which ports.
package vigil.lib.aws.network

import data.vigil.lib.aws.util

world_cidrs := {"0.0.0.0/0", "::/0"}

# world_ranges(perm) is the set of world CIDRs an IpPermissions entry admits.
world_ranges(perm) := {c |
	some r in util.array_or_empty(object.get(perm, "IpRanges", []))
	c := r.CidrIp
	c in world_cidrs
} | {c |
	some r in util.array_or_empty(object.get(perm, "Ipv6Ranges", []))
	c := r.CidrIpv6
	c in world_cidrs
}

from_world(perm) if count(world_ranges(perm)) > 0

# ingress(sg) is the list of ingress entries of a security group record.
ingress(sg) := util.array_or_empty(object.get(sg.attributes, "IpPermissions", []))

# open_on_port(perm, port): a world range with protocol -1, or tcp with FromPort <= port <= ToPort.
open_on_port(perm, port) if {
	from_world(perm)
	perm.IpProtocol == "-1"
}

open_on_port(perm, port) if {
	from_world(perm)
	perm.IpProtocol == "tcp"
	perm.FromPort <= port
	port <= perm.ToPort
}

# evidence(perm) is the part of an ingress entry a finding points at.
evidence(perm) := {
	"IpProtocol": perm.IpProtocol,
	"FromPort": object.get(perm, "FromPort", null),
	"ToPort": object.get(perm, "ToPort", null),
	"WorldRanges": sort(world_ranges(perm)),
}
