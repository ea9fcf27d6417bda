# METADATA
# scope: package
# title: OpenSearch domains publish audit logs
# description: An OpenSearch domain must have DomainStatus.LogPublishingOptions.AUDIT_LOGS.Enabled true (audit
#   logs need fine-grained access control).
# custom:
#   id: opensearch_domain_audit_logging
#   severity: medium
#   resource_types:
#   - aws.opensearch.domain
#   risk: Without audit logs there is no record of who authenticated, which indexes they read or changed, and
#     which requests were refused.
#   remediation:
#     text: Enable fine-grained access control, then publish AUDIT_LOGS to a CloudWatch Logs group.
#     cli: aws opensearch update-domain-config --domain-name <domain> --log-publishing-options AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}
#     terraform: |
#       resource "aws_opensearch_domain" "d" {
#         log_publishing_options {
#           log_type                 = "AUDIT_LOGS"
#           cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
#         }
#       }
#     url: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html
#   categories:
#   - logging
package vigil.aws.opensearch.opensearch_domain_audit_logging

deny contains result if {
	status := input.resource.attributes.DomainStatus
	is_object(status)
	audit := object.get(object.get(status, "LogPublishingOptions", {}), "AUDIT_LOGS", null)
	not enabled(audit)
	result := {
		"msg": sprintf("OpenSearch domain %s does not publish audit logs", [input.resource.id]),
		"evidence": {"DomainStatus.LogPublishingOptions.AUDIT_LOGS": audit},
	}
}

enabled(options) if {
	is_object(options)
	options.Enabled == true
}
