# METADATA
# scope: package
# title: OpenSearch domains are in a VPC or their access policy is not public
# description: An OpenSearch domain with a public endpoint (no DomainStatus.VPCOptions.VPCId) must not have an
#   AccessPolicies statement that allows Principal "*" or {"AWS":"*"} without a Condition.
# custom:
#   id: opensearch_domain_not_publicly_accessible
#   severity: high
#   resource_types:
#   - aws.opensearch.domain
#   risk: A public endpoint whose access policy allows anyone lets any internet client read, change or delete
#     the indexes, unless fine-grained access control happens to stop it.
#   remediation:
#     text: Move the domain into a VPC, or restrict the access policy to named principals or source IP ranges.
#     cli: aws opensearch update-domain-config --domain-name <domain> --access-policies file://policy.json
#     terraform: |
#       resource "aws_opensearch_domain" "d" {
#         vpc_options {
#           subnet_ids         = [aws_subnet.private.id]
#           security_group_ids = [aws_security_group.search.id]
#         }
#       }
#     url: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html
#   categories:
#   - public-exposure
#   - network
package vigil.aws.opensearch.opensearch_domain_not_publicly_accessible

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

deny contains result if {
	status := input.resource.attributes.DomainStatus
	is_object(status)
	not util.non_empty(object.get(object.get(status, "VPCOptions", {}), "VPCId", null))
	some i, statement in iam.statements(status.AccessPolicies)
	iam.public_allow(statement)
	result := {
		"msg": sprintf("OpenSearch domain %s has a public endpoint and its access policy allows any principal (statement %d, no Condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("DomainStatus.AccessPolicies.Statement[%d]", [i]), "value": statement},
	}
}
