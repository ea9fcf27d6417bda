# METADATA
# scope: package
# title: OpenSearch domains are encrypted at rest
# description: An OpenSearch domain must have DomainStatus.EncryptionAtRestOptions.Enabled true.
# custom:
#   id: opensearch_domain_encryption_at_rest
#   severity: medium
#   resource_types:
#   - aws.opensearch.domain
#   risk: Indexes, logs, swap files and automated snapshots of an unencrypted domain are stored in the clear.
#   remediation:
#     text: Enable encryption at rest with a KMS key (possible on an existing domain from OpenSearch 1.x /
#       Elasticsearch 6.7 on).
#     cli: aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true,KmsKeyId=<key-arn>
#     terraform: |
#       resource "aws_opensearch_domain" "d" {
#         encrypt_at_rest {
#           enabled    = true
#           kms_key_id = aws_kms_key.search.arn
#         }
#       }
#     url: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.opensearch.opensearch_domain_encryption_at_rest

deny contains result if {
	status := input.resource.attributes.DomainStatus
	is_object(status)
	enabled := object.get(object.get(status, "EncryptionAtRestOptions", {}), "Enabled", false)
	enabled != true
	result := {
		"msg": sprintf("OpenSearch domain %s is not encrypted at rest", [input.resource.id]),
		"evidence": {"DomainStatus.EncryptionAtRestOptions.Enabled": enabled},
	}
}
