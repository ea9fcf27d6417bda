# METADATA
# scope: package
# title: OpenSearch domains encrypt node-to-node traffic
# description: An OpenSearch domain must have DomainStatus.NodeToNodeEncryptionOptions.Enabled true.
# custom:
#   id: opensearch_domain_node_to_node_encryption
#   severity: medium
#   resource_types:
#   - aws.opensearch.domain
#   risk: Without node-to-node encryption, documents and queries travel in the clear between the domain's
#     nodes.
#   remediation:
#     text: Enable node-to-node encryption (possible on an existing domain from OpenSearch 1.x / Elasticsearch
#       6.7 on).
#     cli: aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true
#     terraform: |
#       resource "aws_opensearch_domain" "d" {
#         node_to_node_encryption {
#           enabled = true
#         }
#       }
#     url: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
#   categories:
#   - encryption
#   - network
package vigil.aws.opensearch.opensearch_domain_node_to_node_encryption

deny contains result if {
	status := input.resource.attributes.DomainStatus
	is_object(status)
	enabled := object.get(object.get(status, "NodeToNodeEncryptionOptions", {}), "Enabled", false)
	enabled != true
	result := {
		"msg": sprintf("OpenSearch domain %s does not encrypt node-to-node traffic", [input.resource.id]),
		"evidence": {"DomainStatus.NodeToNodeEncryptionOptions.Enabled": enabled},
	}
}
