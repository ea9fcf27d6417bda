# METADATA
# scope: package
# title: Neptune clusters use IAM database authentication
# description: A Neptune cluster (Engine neptune) must have IAMDatabaseAuthenticationEnabled true.
# custom:
#   id: neptune_cluster_iam_authentication
#   severity: medium
#   resource_types:
#   - aws.rds.cluster
#   risk: Without IAM authentication anyone who reaches the endpoint inside the VPC can query the graph;
#     access is neither tied to identities nor logged per principal.
#   remediation:
#     text: Enable IAM database authentication on the cluster and grant neptune-db actions to the principals
#       that need them.
#     cli: |-
#       aws neptune modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately
#     terraform: |
#       resource "aws_neptune_cluster" "graph" {
#         iam_database_authentication_enabled = true
#       }
#     url: https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html
#   categories:
#   - identity
package vigil.aws.neptune.neptune_cluster_iam_authentication

deny contains result if {
	input.resource.attributes.Engine == "neptune"
	input.resource.attributes.IAMDatabaseAuthenticationEnabled != true
	result := {
		"msg": sprintf("Neptune cluster %s does not use IAM database authentication", [input.resource.id]),
		"evidence": {"IAMDatabaseAuthenticationEnabled": input.resource.attributes.IAMDatabaseAuthenticationEnabled},
	}
}
