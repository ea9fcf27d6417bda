# METADATA
# scope: package
# title: Security groups do not allow SSH from the internet
# description: No ingress entry of a security group may admit 0.0.0.0/0 or ::/0 on TCP port 22 (or on all
#   protocols).
# custom:
#   id: ec2_securitygroup_ssh_open
#   severity: high
#   resource_types:
#   - aws.ec2.security_group
#   risk: SSH open to the world invites brute-force attacks and exploitation of SSH vulnerabilities on every
#     instance in the group.
#   remediation:
#     text: Remove the world-open rule and allow SSH only from a bastion, VPN range or, better, use Systems
#       Manager Session Manager.
#     cli: |-
#       aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0
#       aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]'
#     terraform: |
#       resource "aws_vpc_security_group_ingress_rule" "admin" {
#         security_group_id = aws_security_group.app.id
#         ip_protocol       = "tcp"
#         from_port         = 22
#         to_port           = 22
#         cidr_ipv4         = "10.0.0.0/8" # not 0.0.0.0/0
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.ec2.ec2_securitygroup_ssh_open

import data.vigil.lib.aws.network

deny contains result if {
	some i, perm in network.ingress(input.resource)
	network.open_on_port(perm, 22)
	result := {
		"msg": sprintf("Security group %s (%s) allows SSH (port 22) from %s", [input.resource.id, input.resource.name, concat(", ", sort(network.world_ranges(perm)))]),
		"evidence": {"attribute": sprintf("IpPermissions[%d]", [i]), "value": network.evidence(perm)},
	}
}
