# METADATA
# scope: package
# title: DocumentDB clusters export audit logs to CloudWatch Logs
# description: A DocumentDB cluster (Engine docdb) must have audit in EnabledCloudwatchLogsExports. The audit_logs
#   cluster parameter that makes DocumentDB write the events is not read.
# custom:
#   id: documentdb_cluster_audit_logs_enabled
#   severity: medium
#   resource_types:
#   - aws.rds.cluster
#   risk: Without exported audit events, authentication failures, user and role changes and DDL on the cluster
#     leave no record outside it for detection or investigation.
#   remediation:
#     text: Enable the audit_logs parameter in the cluster parameter group and export the audit log to
#       CloudWatch Logs.
#     cli: |-
#       aws docdb modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration '{"EnableLogTypes":["audit"]}'
#     terraform: |
#       resource "aws_docdb_cluster" "db" {
#         enabled_cloudwatch_logs_exports = ["audit", "profiler"]
#       }
#     url: https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html
#   categories:
#   - logging
package vigil.aws.documentdb.documentdb_cluster_audit_logs_enabled

deny contains result if {
	input.resource.attributes.Engine == "docdb"
	exports := object.get(input.resource.attributes, "EnabledCloudwatchLogsExports", [])
	not "audit" in exports
	result := {
		"msg": sprintf("DocumentDB cluster %s does not export audit logs", [input.resource.id]),
		"evidence": {"EnabledCloudwatchLogsExports": exports},
	}
}
