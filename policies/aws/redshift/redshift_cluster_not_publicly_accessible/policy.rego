# METADATA
# scope: package
# title: Redshift clusters are not publicly accessible
# description: A Redshift cluster must have PubliclyAccessible false.
# custom:
#   id: redshift_cluster_not_publicly_accessible
#   severity: high
#   resource_types:
#   - aws.redshift.cluster
#   risk: A publicly accessible cluster has a public IP address and its endpoint resolves from the internet;
#     only its security groups stand between the warehouse and password guessing or exploits.
#   remediation:
#     text: Turn off public accessibility and reach the cluster through the VPC (VPN, Direct Connect, a
#       bastion or Redshift-managed VPC endpoints).
#     cli: aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible
#     terraform: |
#       resource "aws_redshift_cluster" "dw" {
#         publicly_accessible = false
#       }
#     url: https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
#   categories:
#   - public-exposure
#   - network
package vigil.aws.redshift.redshift_cluster_not_publicly_accessible

deny contains result if {
	input.resource.attributes.PubliclyAccessible == true
	result := {
		"msg": sprintf("Redshift cluster %s is publicly accessible", [input.resource.id]),
		"evidence": {"PubliclyAccessible": true},
	}
}
