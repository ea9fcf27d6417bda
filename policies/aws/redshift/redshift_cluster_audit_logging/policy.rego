# METADATA
# scope: package
# title: Redshift clusters have audit logging enabled
# description: A Redshift cluster's DescribeLoggingStatus must report LoggingEnabled true (connection and user
#   logs delivered to S3 or CloudWatch).
# custom:
#   id: redshift_cluster_audit_logging
#   severity: medium
#   resource_types:
#   - aws.redshift.cluster
#   risk: Without audit logs there is no record of who connected to the warehouse, from where, and which users
#     were created or changed, so misuse cannot be detected or investigated.
#   remediation:
#     text: Turn on audit logging to an S3 bucket or CloudWatch Logs.
#     cli: aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog
#     terraform: |
#       resource "aws_redshift_logging" "dw" {
#         cluster_identifier   = aws_redshift_cluster.dw.id
#         log_destination_type = "cloudwatch"
#         log_exports          = ["connectionlog", "userlog", "useractivitylog"]
#       }
#     url: https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
#   categories:
#   - logging
package vigil.aws.redshift.redshift_cluster_audit_logging

deny contains result if {
	status := input.resource.attributes.LoggingStatus
	is_object(status)
	object.get(status, "LoggingEnabled", false) != true
	result := {
		"msg": sprintf("Redshift cluster %s has audit logging turned off", [input.resource.id]),
		"evidence": {"LoggingStatus.LoggingEnabled": object.get(status, "LoggingEnabled", null)},
	}
}
