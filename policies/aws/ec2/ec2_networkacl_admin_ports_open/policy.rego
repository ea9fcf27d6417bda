# METADATA
# scope: package
# title: Network ACLs do not allow ingress from the internet to SSH or RDP
# description: For port 22 and port 3389, and for each of 0.0.0.0/0 and ::/0, the ingress entry with the lowest
#   RuleNumber whose source is exactly that world CIDR and that matches TCP to the port (Protocol -1, or 6 with
#   PortRange.From <= port <= PortRange.To) must not be an allow. A deny of a narrower CIDR does not shadow a world
#   allow, since the allow still admits the rest of the internet.
# custom:
#   id: ec2_networkacl_admin_ports_open
#   severity: high
#   resource_types:
#   - aws.ec2.network_acl
#   risk: A network ACL that lets the whole internet reach SSH or RDP leaves the security groups as the only
#     barrier in front of remote administration, so one permissive group exposes the instance to brute force.
#   remediation:
#     text: Add ingress deny entries for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 numbered below every allow entry
#       that covers those ports, or narrow the allow entries to trusted ranges.
#     cli: |-
#       aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny
#       aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 51 --protocol tcp --port-range From=3389,To=3389 --cidr-block 0.0.0.0/0 --rule-action deny
#     terraform: |
#       resource "aws_network_acl_rule" "deny_ssh" {
#         network_acl_id = aws_network_acl.main.id
#         rule_number    = 50
#         egress         = false
#         protocol       = "tcp"
#         rule_action    = "deny"
#         cidr_block     = "0.0.0.0/0"
#         from_port      = 22
#         to_port        = 22
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.ec2.ec2_networkacl_admin_ports_open

import data.vigil.lib.aws.util

admin_ports := [22, 3389]

world_cidrs := ["0.0.0.0/0", "::/0"]

ingress := [e |
	some e in util.array_or_empty(input.resource.attributes.Entries)
	e.Egress == false
]

source(e) := object.get(e, "CidrBlock", null) if util.non_empty(object.get(e, "CidrBlock", null))

source(e) := object.get(e, "Ipv6CidrBlock", null) if util.non_empty(object.get(e, "Ipv6CidrBlock", null))

# tcp_to(e, port): the entry matches TCP traffic to port.
tcp_to(e, port) if e.Protocol == "-1"

tcp_to(e, port) if {
	e.Protocol == "6"
	e.PortRange.From <= port
	port <= e.PortRange.To
}

# decisive(world, port) is the entry NACL evaluation applies first to TCP traffic from the whole world to port.
decisive(world, port) := entry if {
	matching := [e | some e in ingress; source(e) == world; tcp_to(e, port)]
	count(matching) > 0
	first := min({e.RuleNumber | some e in matching})
	some entry in matching
	entry.RuleNumber == first
}

deny contains result if {
	some port in admin_ports
	some world in world_cidrs
	entry := decisive(world, port)
	entry.RuleAction == "allow"
	result := {
		"msg": sprintf("Network ACL %s allows TCP port %d from %s (ingress rule %d)", [input.resource.id, port, world, entry.RuleNumber]),
		"evidence": {"attribute": "Entries", "value": entry},
	}
}
