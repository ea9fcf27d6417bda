# METADATA
# scope: package
# title: EC2 instances have no public IP address
# description: An instance must not have a public IPv4 address (PublicIpAddress absent or empty).
# custom:
#   id: ec2_instance_no_public_ip
#   severity: medium
#   resource_types:
#   - aws.ec2.instance
#   risk: A public address makes the instance directly reachable from the internet, so one permissive security
#     group rule exposes it; load balancers and NAT keep instances private.
#   remediation:
#     text: Move the instance to a private subnet behind a load balancer or NAT gateway, disassociate Elastic
#       IPs and turn off auto-assign public IP on the subnet.
#     cli: |-
#       aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch
#       aws ec2 disassociate-address --association-id <assoc-id>
#     terraform: |
#       resource "aws_instance" "app" {
#         # ...
#         subnet_id                   = aws_subnet.private.id
#         associate_public_ip_address = false
#       }
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html
#   categories:
#   - compute
#   - public-exposure
#   - network
package vigil.aws.ec2.ec2_instance_no_public_ip

import data.vigil.lib.aws.util

deny contains result if {
	ip := input.resource.attributes.PublicIpAddress
	util.non_empty(ip)
	result := {
		"msg": sprintf("EC2 instance %s has public IP address %s", [input.resource.id, ip]),
		"evidence": {"PublicIpAddress": ip},
	}
}
