# METADATA
# scope: package
# title: Neptune clusters export audit logs to CloudWatch Logs
# description: A Neptune cluster (Engine neptune) must have audit in EnabledCloudwatchLogsExports. The
#   neptune_enable_audit_log cluster parameter is not read.
# custom:
#   id: neptune_cluster_audit_logs_enabled
#   severity: medium
#   resource_types:
#   - aws.rds.cluster
#   risk: Without exported audit logs, queries and connections to the graph leave no record outside the
#     cluster for detection or investigation.
#   remediation:
#     text: Enable neptune_enable_audit_log in the cluster parameter group and export the audit log to
#       CloudWatch Logs.
#     cli: |-
#       aws neptune modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration '{"EnableLogTypes":["audit"]}'
#     terraform: |
#       resource "aws_neptune_cluster" "graph" {
#         enable_cloudwatch_logs_exports = ["audit"]
#       }
#     url: https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html
#   categories:
#   - logging
package vigil.aws.neptune.neptune_cluster_audit_logs_enabled

deny contains result if {
	input.resource.attributes.Engine == "neptune"
	exports := object.get(input.resource.attributes, "EnabledCloudwatchLogsExports", [])
	not "audit" in exports
	result := {
		"msg": sprintf("Neptune cluster %s does not export audit logs", [input.resource.id]),
		"evidence": {"EnabledCloudwatchLogsExports": exports},
	}
}
