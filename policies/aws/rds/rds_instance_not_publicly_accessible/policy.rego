# METADATA
# scope: package
# title: RDS DB instances are not publicly accessible
# description: A DB instance must not have PubliclyAccessible true (a public DNS name that resolves to a public IP
#   address).
# custom:
#   id: rds_instance_not_publicly_accessible
#   severity: high
#   resource_types:
#   - aws.rds.instance
#   risk: A publicly accessible database can be reached from the internet wherever its security groups allow
#     it; one permissive rule exposes it to password guessing and exploits.
#   remediation:
#     text: Turn off public accessibility and reach the database from inside the VPC (or through a bastion, VPN
#       or RDS Proxy).
#     cli: aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately
#     terraform: |
#       resource "aws_db_instance" "db" {
#         publicly_accessible = false
#       }
#     url: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
#   categories:
#   - public-exposure
#   - network
package vigil.aws.rds.rds_instance_not_publicly_accessible

deny contains result if {
	input.resource.attributes.PubliclyAccessible == true
	result := {
		"msg": sprintf("RDS DB instance %s is publicly accessible", [input.resource.id]),
		"evidence": {"PubliclyAccessible": input.resource.attributes.PubliclyAccessible},
	}
}
