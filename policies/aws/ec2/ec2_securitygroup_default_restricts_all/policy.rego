# METADATA
# scope: package
# title: Default security groups have no rules
# description: A security group named default must have no ingress (IpPermissions) and no egress (IpPermissionsEgress)
#   rules.
# custom:
#   id: ec2_securitygroup_default_restricts_all
#   severity: medium
#   resource_types:
#   - aws.ec2.security_group
#   risk: Resources launched without an explicit security group land in the default group; any rule there
#     silently opens them to traffic nobody designed for.
#   remediation:
#     text: Remove every inbound and outbound rule from the default security group and give resources purpose-built
#       groups.
#     cli: |-
#       aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --ip-permissions file://ingress.json
#       aws ec2 revoke-security-group-egress --group-id <default-sg-id> --ip-permissions file://egress.json
#     terraform: |
#       resource "aws_default_security_group" "default" {
#         vpc_id = aws_vpc.main.id
#         # no ingress or egress blocks: all rules are removed
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
#   categories:
#   - network
package vigil.aws.ec2.ec2_securitygroup_default_restricts_all

import data.vigil.lib.aws.util

deny contains result if {
	input.resource.attributes.GroupName == "default"
	ingress := util.array_or_empty(object.get(input.resource.attributes, "IpPermissions", []))
	egress := util.array_or_empty(object.get(input.resource.attributes, "IpPermissionsEgress", []))
	count(ingress) + count(egress) > 0
	result := {
		"msg": sprintf("Default security group %s of VPC %s has %d ingress and %d egress rules", [input.resource.id, object.get(input.resource.attributes, "VpcId", ""), count(ingress), count(egress)]),
		"evidence": {"IpPermissions": ingress, "IpPermissionsEgress": egress},
	}
}
