# METADATA
# scope: package
# title: Security groups do not allow all ports from the internet
# description: No ingress entry may admit 0.0.0.0/0 or ::/0 with protocol -1, or with tcp/udp over the whole
#   port range (FromPort <= 0 and ToPort >= 65535).
# custom:
#   id: ec2_securitygroup_all_ports_open
#   severity: critical
#   resource_types:
#   - aws.ec2.security_group
#   risk: Every listening service on every instance in the group is reachable from the internet, including
#     admin interfaces and databases never meant to be public.
#   remediation:
#     text: Replace the rule with rules for the specific ports the application serves, from the narrowest
#       source ranges possible.
#     cli: aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'
#     terraform: |
#       resource "aws_vpc_security_group_ingress_rule" "https" {
#         security_group_id = aws_security_group.app.id
#         ip_protocol       = "tcp"
#         from_port         = 443
#         to_port           = 443
#         cidr_ipv4         = "0.0.0.0/0"
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.ec2.ec2_securitygroup_all_ports_open

import data.vigil.lib.aws.network

deny contains result if {
	some i, perm in network.ingress(input.resource)
	network.from_world(perm)
	all_ports(perm)
	result := {
		"msg": sprintf("Security group %s (%s) allows all ports (protocol %s) from %s", [input.resource.id, input.resource.name, perm.IpProtocol, concat(", ", sort(network.world_ranges(perm)))]),
		"evidence": {"attribute": sprintf("IpPermissions[%d]", [i]), "value": network.evidence(perm)},
	}
}

all_ports(perm) if perm.IpProtocol == "-1"

all_ports(perm) if {
	perm.IpProtocol in {"tcp", "udp"}
	perm.FromPort <= 0
	perm.ToPort >= 65535
}
