# METADATA
# scope: package
# title: OpenSearch domains enforce HTTPS with TLS 1.2 or later
# description: An OpenSearch domain must have DomainStatus.DomainEndpointOptions.EnforceHTTPS true and a
#   TLSSecurityPolicy that starts with Policy-Min-TLS-1-2.
# custom:
#   id: opensearch_domain_https_tls12
#   severity: medium
#   resource_types:
#   - aws.opensearch.domain
#   risk: Without enforced HTTPS, or with TLS 1.0/1.1 allowed, credentials, queries and documents can be read
#     or altered in transit.
#   remediation:
#     text: Require HTTPS and set the TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10.
#     cli: aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10
#     terraform: |
#       resource "aws_opensearch_domain" "d" {
#         domain_endpoint_options {
#           enforce_https       = true
#           tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
#         }
#       }
#     url: https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
#   categories:
#   - encryption
#   - network
package vigil.aws.opensearch.opensearch_domain_https_tls12

deny contains result if {
	status := input.resource.attributes.DomainStatus
	is_object(status)
	options := object.get(status, "DomainEndpointOptions", {})
	not tls12_enforced(options)
	result := {
		"msg": sprintf("OpenSearch domain %s does not enforce HTTPS with TLS 1.2 (EnforceHTTPS %v, TLSSecurityPolicy %v)", [input.resource.id, object.get(options, "EnforceHTTPS", null), object.get(options, "TLSSecurityPolicy", null)]),
		"evidence": {"DomainStatus.DomainEndpointOptions": options},
	}
}

tls12_enforced(options) if {
	options.EnforceHTTPS == true
	is_string(options.TLSSecurityPolicy)
	startswith(options.TLSSecurityPolicy, "Policy-Min-TLS-1-2")
}
