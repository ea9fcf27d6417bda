# METADATA
# scope: package
# title: Redshift clusters require SSL connections
# description: The require_ssl parameter of a Redshift cluster's parameter group (RequireSsl, from
#   DescribeClusterParameters) must be true (case-insensitive); null means the group does not set it and the
#   default, false, applies.
# custom:
#   id: redshift_cluster_require_ssl
#   severity: medium
#   resource_types:
#   - aws.redshift.cluster
#   risk: Without require_ssl, clients may connect without TLS and send credentials and query results in the
#     clear.
#   remediation:
#     text: Set require_ssl to true in a custom parameter group attached to the cluster, then reboot it.
#     cli: aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true
#     terraform: |
#       resource "aws_redshift_parameter_group" "secure" {
#         family = "redshift-2.0"
#         parameter {
#           name  = "require_ssl"
#           value = "true"
#         }
#       }
#     url: https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html
#   categories:
#   - encryption
#   - network
package vigil.aws.redshift.redshift_cluster_require_ssl

deny contains result if {
	value := input.resource.attributes.RequireSsl
	not ssl_required(value)
	result := {
		"msg": sprintf("Redshift cluster %s does not require SSL connections (require_ssl %v)", [input.resource.id, value]),
		"evidence": {"RequireSsl": value},
	}
}

ssl_required(value) if {
	is_string(value)
	lower(value) == "true"
}
