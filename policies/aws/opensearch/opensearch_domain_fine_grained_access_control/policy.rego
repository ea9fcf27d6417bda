# METADATA
# scope: package
# title: OpenSearch domains use fine-grained access control
# description: An OpenSearch domain must have DomainStatus.AdvancedSecurityOptions.Enabled true.
# custom:
#   id: opensearch_domain_fine_grained_access_control
#   severity: medium
#   resource_types:
#   - aws.opensearch.domain
#   risk: Without fine-grained access control every principal the access policy admits has full access to
#     every index, document and field; there are no roles, no document- or field-level security and no audit
#     logs.
#   remediation:
#     text: Enable fine-grained access control with an IAM master user or the internal user database (it needs
#       HTTPS, node-to-node encryption and encryption at rest).
#     cli: aws opensearch update-domain-config --domain-name <domain> --advanced-security-options Enabled=true,MasterUserOptions={MasterUserARN=<role-arn>}
#     terraform: |
#       resource "aws_opensearch_domain" "d" {
#         advanced_security_options {
#           enabled = true
#           master_user_options {
#             master_user_arn = aws_iam_role.search_admin.arn
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html
#   categories:
#   - identity
package vigil.aws.opensearch.opensearch_domain_fine_grained_access_control

deny contains result if {
	status := input.resource.attributes.DomainStatus
	is_object(status)
	enabled := object.get(object.get(status, "AdvancedSecurityOptions", {}), "Enabled", false)
	enabled != true
	result := {
		"msg": sprintf("OpenSearch domain %s does not use fine-grained access control", [input.resource.id]),
		"evidence": {"DomainStatus.AdvancedSecurityOptions.Enabled": enabled},
	}
}
