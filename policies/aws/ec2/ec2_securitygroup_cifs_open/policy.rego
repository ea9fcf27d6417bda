# METADATA
# scope: package
# title: Security groups do not allow CIFS/SMB from the internet
# description: No ingress entry of a security group may admit 0.0.0.0/0 or ::/0 on TCP port 445 (or on all
#   protocols).
# custom:
#   id: ec2_securitygroup_cifs_open
#   severity: high
#   resource_types:
#   - aws.ec2.security_group
#   risk: SMB exposed to the internet is a classic ransomware and worm entry point (EternalBlue) and leaks file
#     shares to anyone who can guess or brute-force a credential.
#   remediation:
#     text: Remove the world-open rule and allow port 445 only from the trusted networks that need the share.
#     cli: |-
#       aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 445 --cidr 0.0.0.0/0
#       aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=445,ToPort=445,Ipv6Ranges=[{CidrIpv6=::/0}]'
#     terraform: |
#       resource "aws_vpc_security_group_ingress_rule" "smb" {
#         security_group_id = aws_security_group.files.id
#         ip_protocol       = "tcp"
#         from_port         = 445
#         to_port           = 445
#         cidr_ipv4         = "10.0.0.0/8" # not 0.0.0.0/0
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.ec2.ec2_securitygroup_cifs_open

import data.vigil.lib.aws.network

deny contains result if {
	some i, perm in network.ingress(input.resource)
	network.open_on_port(perm, 445)
	result := {
		"msg": sprintf("Security group %s (%s) allows CIFS/SMB (port 445) from %s", [input.resource.id, input.resource.name, concat(", ", sort(network.world_ranges(perm)))]),
		"evidence": {"attribute": sprintf("IpPermissions[%d]", [i]), "value": network.evidence(perm)},
	}
}
