# METADATA
# scope: package
# title: Security groups do not expose database ports to the internet
# description: No ingress entry may admit 0.0.0.0/0 or ::/0 on any of the database ports 1433, 3306, 5432,
#   6379, 9200 or 27017 (TCP, or all protocols).
# custom:
#   id: ec2_securitygroup_db_ports_open
#   severity: high
#   resource_types:
#   - aws.ec2.security_group
#   risk: Databases and search engines reachable from the internet are scanned continuously; weak or default
#     credentials and unpatched servers lead straight to data theft or ransom.
#   remediation:
#     text: Remove the world-open rule; let only the application's security group reach the database port.
#     cli: |-
#       aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0
#       aws ec2 authorize-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --source-group <app-sg-id>
#     terraform: |
#       resource "aws_vpc_security_group_ingress_rule" "db" {
#         security_group_id            = aws_security_group.db.id
#         ip_protocol                  = "tcp"
#         from_port                    = 5432
#         to_port                      = 5432
#         referenced_security_group_id = aws_security_group.app.id
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   categories:
#   - network
#   - public-exposure
#   - data-protection
package vigil.aws.ec2.ec2_securitygroup_db_ports_open

import data.vigil.lib.aws.network

db_ports := [1433, 3306, 5432, 6379, 9200, 27017]

deny contains result if {
	some i, perm in network.ingress(input.resource)
	open := [port | some port in db_ports; network.open_on_port(perm, port)]
	count(open) > 0
	result := {
		"msg": sprintf("Security group %s (%s) exposes database ports %v to %s", [input.resource.id, input.resource.name, open, concat(", ", sort(network.world_ranges(perm)))]),
		"evidence": {"attribute": sprintf("IpPermissions[%d]", [i]), "value": network.evidence(perm), "ports": open},
	}
}
